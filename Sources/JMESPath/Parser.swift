import JSONValue

/// A top-down operator precedence (Pratt) parser with jmespath.py's binding powers, so
/// projections stop where they stop there. Stricter than jmespath.py in three places the
/// grammar forbids: separators between function arguments and between multi-select hash
/// pairs are required, and a slice part may appear once.
struct Parser {
    /// Nesting deeper than this is refused, so that hostile input cannot exhaust the stack.
    static let maximumDepth = 512

    private let source: SourceText
    /// The expression's UTF-8 bytes, valid while `parse` runs.
    private let bytes: UnsafeBufferPointer<UInt8>
    private let tokens: [Token]
    private let names: [String]
    private let literals: [Value]
    private var index = 0
    private var depth = 0
    /// How many field nodes have been created (each gets its own lookup hint slot).
    private var fieldCount = 0
    /// The first unknown function or wrong argument count, reported once the whole
    /// expression has parsed (so that a syntax error later in the text wins, as in jmespath.py).
    private var functionError: JMESPathError?

    private init(source: SourceText, bytes: UnsafeBufferPointer<UInt8>, tokens: TokenList) {
        self.source = source
        self.bytes = bytes
        self.tokens = tokens.tokens
        self.names = tokens.names
        self.literals = tokens.literals
    }

    /// Parses a whole expression; also returns how many field lookup slots it uses.
    static func parse(_ expression: String) throws(JMESPathError) -> (root: Node, fieldCount: Int) {
        guard !expression.isEmpty else { throw .emptyExpression }
        let source = SourceText(expression)
        var text = expression
        let outcome = text.withUTF8 { bytes -> Result<(root: Node, fieldCount: Int), JMESPathError> in
            if let path = plainPath(bytes) {
                // The most common queries (`Account`, `Owner.ID`) need no tokens.
                return .success((path, 1 + bytes.count { $0 == UInt8(ascii: ".") }))
            }
            do throws(JMESPathError) {
                let tokens = try Lexer.tokenize(source, bytes: bytes)
                var parser = Parser(source: source, bytes: bytes, tokens: tokens)
                return .success(try parser.parseWhole())
            } catch {
                return .failure(error)
            }
        }
        return try outcome.get()
    }

    /// The node for an expression made of unquoted identifiers joined by dots (at most one
    /// run of fields long), or nil for anything else.
    private static func plainPath(_ bytes: UnsafeBufferPointer<UInt8>) -> Node? {
        var fields: [FieldName] = []
        var start = 0
        for position in 0...bytes.count {
            guard position == bytes.count || bytes[position] == UInt8(ascii: ".") else { continue }
            let segment = UnsafeBufferPointer(rebasing: bytes[start..<position])
            guard isIdentifier(segment), fields.count < SequenceBuilder.maximumRun else { return nil }
            fields.append(FieldName(name: String(decoding: segment, as: UTF8.self), slot: fields.count))
            start = position + 1
        }
        return fields.count == 1 ? .field(fields[0]) : .fields(fields)
    }

    /// Whether the bytes are one unquoted identifier.
    private static func isIdentifier(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, first < UInt8(ascii: "0") || first > UInt8(ascii: "9") else { return false }
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"):
                continue
            default:
                return false
            }
        }
        return true
    }

    private mutating func parseWhole() throws(JMESPathError) -> (root: Node, fieldCount: Int) {
        let node = try expression(0)
        let token = current
        guard token.kind == .eof else {
            throw parseError("Unexpected token: \(text(of: token))", at: token)
        }
        if let error = functionError { throw error }
        return (node, fieldCount)
    }

    // MARK: - Token access

    private var current: Token { tokens[index] }

    private func kind(ahead offset: Int) -> TokenKind {
        let position = index + offset
        return position < tokens.count ? tokens[position].kind : .eof
    }

    private mutating func advance() {
        if index < tokens.count - 1 { index += 1 }
    }

    private mutating func match(_ kind: TokenKind) throws(JMESPathError) {
        guard current.kind == kind else { throw expectationError("\(kind.rawValue)") }
        advance()
    }

    // MARK: - Pratt core

    mutating func expression(_ bindingPower: Int) throws(JMESPathError) -> Node {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maximumDepth else {
            throw .tooDeep(at: source.characterOffset(ofByte: current.start), limit: Self.maximumDepth)
        }
        let token = current
        advance()
        var left = SequenceBuilder(try nud(token))
        while bindingPower < current.kind.bindingPower {
            try led(&left)
        }
        return left.node
    }

    /// A token at the start of an expression.
    private mutating func nud(_ token: Token) throws(JMESPathError) -> Node {
        switch token.kind {
        case .literal:
            return .literal(literals.indices.contains(token.value) ? literals[token.value] : .null)
        case .unquotedIdentifier:
            return field(named: name(of: token))
        case .quotedIdentifier:
            if current.kind == .lparen {
                throw parseError("Quoted identifier not allowed for function names.", at: current)
            }
            return field(named: name(of: token))
        case .star:
            let projected: Node = current.kind == .rbracket ? .current : try projectionRHS(TokenKind.star.bindingPower)
            return .objectProjection(base: .current, projected: projected)
        case .filter:
            return try filter(on: .current)
        case .lbrace:
            return try multiSelectHash()
        case .lparen:
            let inner = try expression(0)
            try match(.rparen)
            return inner
        case .flatten:
            let projected = try projectionRHS(TokenKind.flatten.bindingPower)
            return .listProjection(base: .flatten(.current), projected: projected)
        case .not:
            return .not(try expression(TokenKind.not.bindingPower))
        case .lbracket:
            if current.kind == .number || current.kind == .colon {
                var indexed = SequenceBuilder(.current)
                try index(&indexed, with: try indexOrSlice())
                return indexed.node
            }
            if current.kind == .star && kind(ahead: 1) == .rbracket {
                advance()
                advance()
                let projected = try projectionRHS(TokenKind.star.bindingPower)
                return .listProjection(base: .current, projected: projected)
            }
            return try multiSelectList()
        case .current:
            return .current
        case .expref:
            return .expressionReference(try expression(TokenKind.expref.bindingPower))
        case .eof:
            throw JMESPathError.incomplete(source.expression)
        default:
            throw parseError("invalid token", at: token)
        }
    }

    /// The token after a complete expression `left`, which grows or is replaced.
    private mutating func led(_ left: inout SequenceBuilder) throws(JMESPathError) {
        let token = current
        switch token.kind {
        case .dot:
            advance()
            if current.kind == .star {
                advance()
                let projected = try projectionRHS(TokenKind.dot.bindingPower)
                left.replace(with: .objectProjection(base: left.node, projected: projected))
            } else {
                left.chain(try dotRHS(TokenKind.dot.bindingPower))
            }
        case .pipe:
            advance()
            left.chain(try expression(TokenKind.pipe.bindingPower))
        case .or:
            advance()
            left.replace(with: .or(left.node, try expression(TokenKind.or.bindingPower)))
        case .and:
            advance()
            left.replace(with: .and(left.node, try expression(TokenKind.and.bindingPower)))
        case .lparen:
            advance()
            left.replace(with: try functionCall(callee: left.node))
        case .filter:
            advance()
            left.replace(with: try filter(on: left.node))
        case .eq, .ne, .lt, .lte, .gt, .gte:
            advance()
            let right = try expression(token.kind.bindingPower)
            left.replace(with: .comparison(comparator(for: token.kind), left.node, right))
        case .flatten:
            advance()
            let projected = try projectionRHS(TokenKind.flatten.bindingPower)
            left.replace(with: .listProjection(base: .flatten(left.node), projected: projected))
        case .lbracket:
            advance()
            if current.kind == .number || current.kind == .colon {
                try index(&left, with: try indexOrSlice())
                return
            }
            try match(.star)
            try match(.rbracket)
            let projected = try projectionRHS(TokenKind.star.bindingPower)
            left.replace(with: .listProjection(base: left.node, projected: projected))
        default:
            throw parseError("invalid token", at: token)
        }
    }

    private func comparator(for kind: TokenKind) -> Comparator {
        switch kind {
        case .ne: return .notEqual
        case .lt: return .less
        case .lte: return .lessOrEqual
        case .gt: return .greater
        case .gte: return .greaterOrEqual
        default: return .equal
        }
    }

    // MARK: - Projections

    /// What follows a projection: nothing (a token that stops it), `[...]`, `[?...]` or `.rhs`.
    private mutating func projectionRHS(_ bindingPower: Int) throws(JMESPathError) -> Node {
        let kind = current.kind
        if kind.bindingPower < TokenKind.projectionStop { return .current }
        switch kind {
        case .lbracket, .filter:
            return try expression(bindingPower)
        case .dot:
            advance()
            return try dotRHS(bindingPower)
        default:
            throw parseError("syntax error", at: current)
        }
    }

    /// After a `.`: an identifier, `*`, a function call, or a multi-select.
    private mutating func dotRHS(_ bindingPower: Int) throws(JMESPathError) -> Node {
        switch current.kind {
        case .quotedIdentifier, .unquotedIdentifier, .star:
            return try expression(bindingPower)
        case .lbracket:
            advance()
            return try multiSelectList()
        case .lbrace:
            advance()
            return try multiSelectHash()
        default:
            let allowed = "['quoted_identifier', 'unquoted_identifier', 'lbracket', 'lbrace']"
            throw parseError("Expecting: \(allowed), got: \(current.kind.rawValue)", at: current)
        }
    }

    private mutating func filter(on left: Node) throws(JMESPathError) -> Node {
        let condition = try expression(0)
        try match(.rbracket)
        let projected: Node = current.kind == .flatten ? .current : try projectionRHS(TokenKind.filter.bindingPower)
        return .filterProjection(base: left, condition: condition, projected: projected)
    }

    /// Adds `[number]` or `[slice]` to an index expression. A slice starts a projection,
    /// except right after an index expression, where jmespath.py extends the index expression.
    private mutating func index(_ left: inout SequenceBuilder, with right: Node) throws(JMESPathError) {
        let extending = left.isIndexExpression
        left.index(right)
        guard !extending, case .slice = right else { return }
        let projected = try projectionRHS(TokenKind.star.bindingPower)
        left.replace(with: .listProjection(base: left.node, projected: projected))
    }

    // MARK: - Brackets

    /// `[number]` or `[start:stop:step]`, with the `[` already consumed.
    private mutating func indexOrSlice() throws(JMESPathError) -> Node {
        if kind(ahead: 0) == .colon || kind(ahead: 1) == .colon {
            return try slice()
        }
        let value = number(of: current)
        advance()
        try match(.rbracket)
        return .index(value)
    }

    private mutating func slice() throws(JMESPathError) -> Node {
        var parts: [Int?] = [nil, nil, nil]
        var part = 0
        while current.kind != .rbracket {
            switch current.kind {
            case .colon:
                part += 1
                if part == 3 { throw parseError("syntax error", at: current) }
                advance()
            case .number where parts[part] == nil:
                parts[part] = number(of: current)
                advance()
            default:
                throw parseError("syntax error", at: current)
            }
        }
        try match(.rbracket)
        return .slice(start: parts[0], stop: parts[1], step: parts[2])
    }

    private mutating func multiSelectList() throws(JMESPathError) -> Node {
        var items: [Node] = []
        while true {
            items.append(try expression(0))
            if current.kind == .rbracket { break }
            try match(.comma)
        }
        try match(.rbracket)
        return .multiSelectList(items)
    }

    private mutating func multiSelectHash() throws(JMESPathError) -> Node {
        var pairs: [KeyedNode] = []
        while true {
            let keyToken = current
            guard keyToken.kind == .quotedIdentifier || keyToken.kind == .unquotedIdentifier else {
                throw expectationError("['quoted_identifier', 'unquoted_identifier']")
            }
            advance()
            try match(.colon)
            pairs.append(KeyedNode(key: name(of: keyToken), node: try expression(0)))
            if current.kind == .comma {
                advance()
            } else if current.kind == .rbrace {
                advance()
                return .multiSelectHash(pairs)
            } else {
                throw expectationError("['comma', 'rbrace']")
            }
        }
    }

    // MARK: - Functions

    /// `name(arguments)`, with the `(` already consumed. Unknown names and wrong argument
    /// counts are compile-time errors, raised when the rest of the expression has parsed.
    private mutating func functionCall(callee: Node) throws(JMESPathError) -> Node {
        guard case .field(let field) = callee else {
            let nameToken = tokens[max(0, index - 2)]
            throw parseError("Invalid function name '\(text(of: nameToken))'", at: nameToken)
        }
        var arguments: [Node] = []
        if current.kind != .rparen {
            while true {
                arguments.append(try expression(0))
                guard current.kind == .comma else { break }
                advance()
            }
        }
        try match(.rparen)
        let name = field.name
        guard let function = BuiltinFunction(rawValue: name) else {
            if functionError == nil { functionError = .unknownFunction(name) }
            return .literal(.null)
        }
        do {
            try function.signature.checkArity(arguments.count, function: name)
        } catch {
            if functionError == nil { functionError = error }
        }
        return .function(function, arguments)
    }

    // MARK: - Token values and errors

    private mutating func field(named name: String) -> Node {
        defer { fieldCount += 1 }
        return .field(FieldName(name: name, slot: fieldCount))
    }

    /// An identifier's name: the token's text, or the decoded JSON string when quoted.
    private func name(of token: Token) -> String {
        if token.kind == .quotedIdentifier, names.indices.contains(token.value) { return names[token.value] }
        return text(of: token)
    }

    private func number(of token: Token) -> Int {
        token.value
    }

    private func text(of token: Token) -> String {
        let lower = Swift.min(Swift.max(0, token.start), bytes.count)
        let upper = Swift.min(Swift.max(lower, token.end), bytes.count)
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[lower..<upper]), as: UTF8.self)
    }

    private func parseError(_ reason: String, at token: Token) -> JMESPathError {
        .parse(
            reason, at: source.characterOffset(ofByte: token.start), tokenText: text(of: token),
            tokenType: token.kind.rawValue, in: source.expression)
    }

    /// "Expecting: X, got: Y", or an incomplete expression when the input ended.
    private func expectationError(_ expected: String) -> JMESPathError {
        if current.kind == .eof { return .incomplete(source.expression) }
        return parseError("Expecting: \(expected), got: \(current.kind.rawValue)", at: current)
    }
}
