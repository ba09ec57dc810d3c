import JSONValue

/// One lexical token, a plain value (cheap to copy). Offsets are UTF-8 byte offsets into the
/// expression; errors convert them to character offsets.
struct Token: Sendable {
    var kind: TokenKind
    var start: Int
    var end: Int
    /// A number's value; for quoted identifiers and literals, the index of the name or value
    /// in the `TokenList` (an unquoted identifier's name is its text).
    var value: Int = 0
}

/// The tokens of an expression, with the quoted names and literal values they refer to.
struct TokenList: Sendable {
    var tokens: [Token] = []
    var names: [String] = []
    var literals: [Value] = []
}

/// Token kinds, named as jmespath.py names them (its error messages show these names).
enum TokenKind: String, Sendable {
    case eof
    case unquotedIdentifier = "unquoted_identifier"
    case quotedIdentifier = "quoted_identifier"
    case literal
    case rbracket
    case rparen
    case comma
    case rbrace
    case number
    case current
    case expref
    case colon
    case pipe
    case or
    case and
    case eq
    case gt
    case lt
    case gte
    case lte
    case ne
    case flatten
    case star
    case filter
    case dot
    case not
    case lbrace
    case lbracket
    case lparen

    /// The Pratt binding power: how strongly the token binds to the expression on its left.
    var bindingPower: Int {
        switch self {
        case .eof, .unquotedIdentifier, .quotedIdentifier, .literal, .rbracket, .rparen, .comma,
            .rbrace, .number, .current, .expref, .colon:
            return 0
        case .pipe: return 1
        case .or: return 2
        case .and: return 3
        case .eq, .gt, .lt, .gte, .lte, .ne: return 5
        case .flatten: return 9
        case .star: return 20
        case .filter: return 21
        case .dot: return 40
        case .not: return 45
        case .lbrace: return 50
        case .lbracket: return 55
        case .lparen: return 60
        }
    }

    /// Tokens with a binding power below this end a projection's right-hand side.
    static let projectionStop = 10
}
