import JSONValue

/// Splits an expression into tokens the way jmespath.py's lexer does (same token kinds,
/// same escapes in literals, same error messages).
struct Lexer {
    private let source: SourceText
    /// The expression's UTF-8 bytes, valid while `tokenize` runs.
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    private var list = TokenList()

    private init(_ source: SourceText, bytes: UnsafeBufferPointer<UInt8>) {
        self.source = source
        self.bytes = bytes
    }

    /// Tokenizes an expression (`bytes` is its UTF-8); the last token is always `eof`.
    static func tokenize(_ source: SourceText, bytes: UnsafeBufferPointer<UInt8>) throws(JMESPathError) -> TokenList {
        guard !bytes.isEmpty else { throw .emptyExpression }
        var lexer = Lexer(source, bytes: bytes)
        try lexer.run()
        return lexer.list
    }

    private func byte(at offset: Int) -> UInt8? {
        offset < bytes.count ? bytes[offset] : nil
    }

    private mutating func run() throws(JMESPathError) {
        list.tokens.reserveCapacity(bytes.count / 2 + 2)
        while index < bytes.count {
            let start = index
            switch bytes[index] {
            case UInt8(ascii: "."): emit(.dot, from: start, length: 1)
            case UInt8(ascii: "*"): emit(.star, from: start, length: 1)
            case UInt8(ascii: "]"): emit(.rbracket, from: start, length: 1)
            case UInt8(ascii: ","): emit(.comma, from: start, length: 1)
            case UInt8(ascii: ":"): emit(.colon, from: start, length: 1)
            case UInt8(ascii: "@"): emit(.current, from: start, length: 1)
            case UInt8(ascii: "("): emit(.lparen, from: start, length: 1)
            case UInt8(ascii: ")"): emit(.rparen, from: start, length: 1)
            case UInt8(ascii: "{"): emit(.lbrace, from: start, length: 1)
            case UInt8(ascii: "}"): emit(.rbrace, from: start, length: 1)
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "_"):
                lexIdentifier()
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                index += 1
            case UInt8(ascii: "["):
                switch byte(at: start + 1) {
                case UInt8(ascii: "]"): emit(.flatten, from: start, length: 2)
                case UInt8(ascii: "?"): emit(.filter, from: start, length: 2)
                default: emit(.lbracket, from: start, length: 1)
                }
            case UInt8(ascii: "'"): try lexRawString()
            case UInt8(ascii: "|"): emitPair(second: "|", pair: .or, single: .pipe)
            case UInt8(ascii: "&"): emitPair(second: "&", pair: .and, single: .expref)
            case UInt8(ascii: "`"): try lexLiteral()
            case UInt8(ascii: "0")...UInt8(ascii: "9"): lexNumber()
            case UInt8(ascii: "-"):
                guard let next = byte(at: start + 1), isDigit(next) else {
                    throw lexerError("Unknown token '-'", at: start)
                }
                lexNumber()
            case UInt8(ascii: "\""): try lexQuotedIdentifier()
            case UInt8(ascii: "<"): emitPair(second: "=", pair: .lte, single: .lt)
            case UInt8(ascii: ">"): emitPair(second: "=", pair: .gte, single: .gt)
            case UInt8(ascii: "!"): emitPair(second: "=", pair: .ne, single: .not)
            case UInt8(ascii: "="):
                guard byte(at: start + 1) == UInt8(ascii: "=") else {
                    throw lexerError("Unknown token '='", at: start)
                }
                emit(.eq, from: start, length: 2)
            default:
                throw lexerError("Unknown token \(characterText(at: start))", at: start)
            }
        }
        list.tokens.append(Token(kind: .eof, start: bytes.count, end: bytes.count))
    }

    // MARK: - Simple tokens

    private mutating func emit(_ kind: TokenKind, from start: Int, length: Int) {
        index = start + length
        list.tokens.append(Token(kind: kind, start: start, end: index))
    }

    private mutating func emitPair(second: Unicode.Scalar, pair: TokenKind, single: TokenKind) {
        let start = index
        if byte(at: start + 1) == UInt8(ascii: second) {
            emit(pair, from: start, length: 2)
        } else {
            emit(single, from: start, length: 1)
        }
    }

    private mutating func appendName(_ name: String, kind: TokenKind, from start: Int) {
        list.tokens.append(Token(kind: kind, start: start, end: index, value: list.names.count))
        list.names.append(name)
    }

    private mutating func appendLiteral(_ value: Value, from start: Int) {
        list.tokens.append(Token(kind: .literal, start: start, end: index, value: list.literals.count))
        list.literals.append(value)
    }

    private func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private mutating func lexIdentifier() {
        let start = index
        index += 1
        while let next = byte(at: index), isIdentifierByte(next) { index += 1 }
        list.tokens.append(Token(kind: .unquotedIdentifier, start: start, end: index))
    }

    private func isIdentifierByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"):
            return true
        default:
            return false
        }
    }

    /// A number: an optional `-` and decimal digits. Values beyond `Int` saturate (they can
    /// only index or slice, where a saturated value behaves the same).
    private mutating func lexNumber() {
        let start = index
        let negative = bytes[index] == UInt8(ascii: "-")
        if negative { index += 1 }
        var value = 0
        var saturated = false
        while let digit = byte(at: index), isDigit(digit) {
            let (times, overflowTimes) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflowSum) = times.addingReportingOverflow(Int(digit - UInt8(ascii: "0")))
            if overflowTimes || overflowSum { saturated = true } else { value = sum }
            index += 1
        }
        if saturated { value = Int.max }
        let number = negative ? (saturated ? Int.min : -value) : value
        list.tokens.append(Token(kind: .number, start: start, end: index, value: number))
    }

    // MARK: - Delimited tokens

    /// `'raw string'`: only `\'` is an escape; every other backslash stays.
    private mutating func lexRawString() throws(JMESPathError) {
        let start = index
        let content = try consumeDelimited(by: UInt8(ascii: "'"), unescapingDelimiter: true)
        let text = String(decoding: content, as: UTF8.self)
        appendLiteral(.string(text), from: start)
    }

    /// `` `json` ``: JSON after turning `` \` `` into `` ` ``; text that is not JSON is read
    /// as a JSON string's content (the deprecated form jmespath.py still accepts).
    private mutating func lexLiteral() throws(JMESPathError) {
        let start = index
        let content = try consumeDelimited(by: UInt8(ascii: "`"), unescapingDelimiter: true)
        let text = String(decoding: content, as: UTF8.self)
        let value: Value
        if let parsed = try? JSONParser.parse(text) {
            value = parsed
        } else if let parsed = try? JSONParser.parse("\"" + String(Substring(PythonText.stripLeading(text))) + "\"") {
            value = parsed
        } else {
            throw lexerError("Bad token \(text)", at: start)
        }
        appendLiteral(value, from: start)
    }

    /// `"quoted identifier"`: a JSON string.
    private mutating func lexQuotedIdentifier() throws(JMESPathError) {
        let start = index
        let content = try consumeDelimited(by: UInt8(ascii: "\""), unescapingDelimiter: false)
        let text = "\"" + String(decoding: content, as: UTF8.self) + "\""
        let parsed: Value
        do {
            parsed = try JSONParser.parse(text)
        } catch {
            throw lexerError(error.message, at: start)
        }
        guard case .string(let name) = parsed else { throw lexerError("Invalid quoted identifier", at: start) }
        appendName(name, kind: .quotedIdentifier, from: start)
    }

    /// Reads up to the closing delimiter. A backslash keeps itself and the byte after it,
    /// except that `\` + delimiter becomes the delimiter alone when `unescapingDelimiter`.
    private mutating func consumeDelimited(
        by delimiter: UInt8, unescapingDelimiter: Bool
    ) throws(JMESPathError) -> [UInt8] {
        let start = index
        index += 1
        var content: [UInt8] = []
        while true {
            guard let current = byte(at: index) else {
                throw lexerError("Unclosed \(Character(Unicode.Scalar(delimiter))) delimiter", at: start)
            }
            if current == delimiter {
                index += 1
                return content
            }
            if current == UInt8(ascii: "\\") {
                guard let escaped = byte(at: index + 1) else {
                    throw lexerError("Unclosed \(Character(Unicode.Scalar(delimiter))) delimiter", at: start)
                }
                if !(unescapingDelimiter && escaped == delimiter) { content.append(current) }
                content.append(escaped)
                index += 2
                continue
            }
            content.append(current)
            index += 1
        }
    }

    // MARK: - Errors

    private func lexerError(_ message: String, at byteOffset: Int) -> JMESPathError {
        .lexer(message, at: source.characterOffset(ofByte: byteOffset), in: source.expression)
    }

    /// The whole character starting at a byte offset (for "Unknown token" messages).
    private func characterText(at offset: Int) -> String {
        var end = offset + 1
        while let next = byte(at: end), next & 0xC0 == 0x80 { end += 1 }
        return source.text(from: offset, to: end)
    }
}
