import Foundation

/// Splits a command line into tokens: words (with their quoting and expansions), `|`,
/// redirections and newlines. Syntax outside the lab's subset is refused here with a
/// `ShellSyntaxError.notAvailable`; unclosed quotes and a trailing backslash are
/// `incomplete`.
struct ShellLexer {
    private let characters: [Character]
    private var index = 0
    /// Whether a backslash at the very end is a literal backslash (running a line) rather
    /// than a request for more input (the REPL asking whether a line is complete).
    private let lenientEnd: Bool

    private init(_ text: String, lenientEnd: Bool) {
        self.characters = Array(text.replacingOccurrences(of: "\r\n", with: "\n"))
        self.lenientEnd = lenientEnd
    }

    static func tokens(_ text: String, lenientEnd: Bool = true) throws -> [ShellToken] {
        var lexer = ShellLexer(text, lenientEnd: lenientEnd)
        return try lexer.lexTokens(closing: false)
    }

    // MARK: Tokens

    /// Tokens up to the end of input, or up to the `)` closing a `$(` when `closing`.
    private mutating func lexTokens(closing: Bool) throws -> [ShellToken] {
        var tokens: [ShellToken] = []
        while true {
            skipBlanks()
            guard let character = peek() else {
                if closing { throw ShellSyntaxError.incomplete("unexpected EOF while looking for matching `)'") }
                return tokens
            }
            switch character {
            case "#":
                while let next = peek(), next != "\n" { index += 1 }
            case "\n":
                index += 1
                tokens.append(.newline)
            case ")":
                index += 1
                if closing { return tokens }
                throw ShellSyntaxError.unexpected(")")
            case "(":
                throw ShellSyntaxError.notAvailable("a subshell '( ... )'", hint: "type the commands on their own lines")
            case "|":
                index += 1
                if peek() == "|" {
                    throw ShellSyntaxError.notAvailable("'||'", hint: "run each command on its own line")
                }
                if peek() == "&" { throw ShellSyntaxError.notAvailable("'|&'", hint: "write 2>&1 | instead") }
                tokens.append(.pipe)
            case "&":
                index += 1
                tokens.append(.redirection(try lexAmpersand()))
            case ";":
                throw ShellSyntaxError.notAvailable("';'", hint: "run each command on its own line")
            case "<", ">":
                tokens.append(.redirection(try lexRedirection(descriptor: nil)))
            default:
                if let descriptor = descriptorBeforeRedirection() {
                    tokens.append(.redirection(try lexRedirection(descriptor: descriptor)))
                } else {
                    tokens.append(.word(try lexWord(inBraces: false)))
                }
            }
        }
    }

    private mutating func skipBlanks() {
        while let character = peek() {
            if character == " " || character == "\t" || character == "\r" {
                index += 1
            } else if character == "\\" && peek(1) == "\n" {
                index += 2
            } else {
                return
            }
        }
    }

    // MARK: Operators

    /// After `&`: `&&` and background jobs are refused; `&>` / `&>>` redirect both outputs.
    private mutating func lexAmpersand() throws -> ShellRedirectionOperator {
        if peek() == "&" { throw ShellSyntaxError.notAvailable("'&&'", hint: "run each command on its own line") }
        guard peek() == ">" else {
            throw ShellSyntaxError.notAvailable("running a command in the background ('&')")
        }
        index += 1
        let append = peek() == ">"
        if append { index += 1 }
        return ShellRedirectionOperator(descriptor: 1, kind: .outputAndError(append: append))
    }

    /// A run of digits directly followed by `<` or `>` (`2>`), else nil.
    private mutating func descriptorBeforeRedirection() -> Int? {
        var end = index
        while end < characters.count, let digit = characters[end].wholeNumberValue, digit < 10,
              characters[end].isASCII {
            end += 1
        }
        guard end > index, end < characters.count, characters[end] == "<" || characters[end] == ">",
              let value = Int(String(characters[index..<end])) else { return nil }
        index = end
        return value
    }

    private mutating func lexRedirection(descriptor: Int?) throws -> ShellRedirectionOperator {
        if let descriptor, descriptor > 2 {
            throw ShellSyntaxError.notAvailable("file descriptor \(descriptor)", hint: "the lab has 0, 1 and 2")
        }
        let character = characters[index]
        index += 1
        if character == "<" {
            switch peek() {
            case "<": throw ShellSyntaxError.notAvailable("a here-document ('<<')", hint: "write the text to a file with echo first")
            case "(": throw ShellSyntaxError.notAvailable("process substitution '<(...)'")
            case "&", ">": throw ShellSyntaxError.notAvailable("'<\(peek().map(String.init) ?? "")'")
            default: break
            }
            if let descriptor, descriptor != 0 {
                throw ShellSyntaxError.notAvailable("reading into file descriptor \(descriptor)")
            }
            return ShellRedirectionOperator(descriptor: 0, kind: .input)
        }
        let source = descriptor ?? 1
        if source == 0 { throw ShellSyntaxError.notAvailable("writing to file descriptor 0") }
        switch peek() {
        case ">":
            index += 1
            return ShellRedirectionOperator(descriptor: source, kind: .output(append: true))
        case "|":
            index += 1
        case "(":
            throw ShellSyntaxError.notAvailable("process substitution '>(...)'")
        case "&":
            index += 1
            guard let target = peek()?.wholeNumberValue, peek()?.isASCII == true else {
                throw ShellSyntaxError.notAvailable("'>&' followed by a file name", hint: "write > FILE 2>&1 instead")
            }
            index += 1
            guard target == 1 || target == 2 else {
                throw ShellSyntaxError.notAvailable("file descriptor \(target)", hint: "the lab has 0, 1 and 2")
            }
            return ShellRedirectionOperator(descriptor: source, kind: .duplicate(target))
        default:
            break
        }
        return ShellRedirectionOperator(descriptor: source, kind: .output(append: false))
    }

    // MARK: Words

    /// A word up to an unquoted blank or operator; inside `${NAME:-...}` up to the `}`.
    private mutating func lexWord(inBraces: Bool) throws -> ShellWord {
        let start = index
        var word = ShellWord(segments: [], text: "")
        while let character = peek() {
            if inBraces {
                if character == "}" { break }
            } else if " \t\n\r|&;<>()".contains(character) {
                break
            }
            switch character {
            case "\\":
                index += 1
                guard let escaped = peek() else {
                    if lenientEnd {
                        word.appendLiteral("\\", quoted: true)
                        break
                    }
                    throw ShellSyntaxError.incomplete("unexpected EOF after '\\'")
                }
                index += 1
                if escaped != "\n" { word.appendLiteral(String(escaped), quoted: true) }
            case "'":
                index += 1
                word.appendLiteral(try readSingleQuoted(), quoted: true)
            case "\"":
                try lexDoubleQuoted(into: &word)
            case "$":
                try lexDollar(into: &word, quoted: false)
            case "`":
                throw ShellSyntaxError.notAvailable("backquote substitution `...`", hint: "use $(...) instead")
            default:
                index += 1
                word.appendLiteral(String(character), quoted: false)
            }
        }
        word.text = String(characters[start..<index])
        return word
    }

    private mutating func readSingleQuoted() throws -> String {
        var text = ""
        while let character = peek() {
            index += 1
            if character == "'" { return text }
            text.append(character)
        }
        throw ShellSyntaxError.incomplete("unexpected EOF while looking for matching `''")
    }

    private mutating func lexDoubleQuoted(into word: inout ShellWord) throws {
        index += 1
        word.appendLiteral("", quoted: true)
        while let character = peek() {
            if character == "\"" {
                index += 1
                return
            }
            if character == "$" {
                try lexDollar(into: &word, quoted: true)
                continue
            }
            if character == "`" {
                throw ShellSyntaxError.notAvailable("backquote substitution `...`", hint: "use $(...) instead")
            }
            index += 1
            if character == "\\", let escaped = peek() {
                if escaped == "\n" {
                    index += 1
                    continue
                }
                if "$`\"\\".contains(escaped) {
                    index += 1
                    word.appendLiteral(String(escaped), quoted: true)
                    continue
                }
            }
            word.appendLiteral(String(character), quoted: true)
        }
        throw ShellSyntaxError.incomplete("unexpected EOF while looking for matching `\"'")
    }

    // MARK: Expansions

    private mutating func lexDollar(into word: inout ShellWord, quoted: Bool) throws {
        index += 1
        guard let character = peek() else {
            word.appendLiteral("$", quoted: quoted)
            return
        }
        switch character {
        case "(":
            index += 1
            if peek() == "(" { throw ShellSyntaxError.notAvailable("arithmetic expansion $((...))") }
            let tokens = try lexTokens(closing: true)
            do {
                word.segments.append(.substitution(try ShellParser.parse(tokens), quoted: quoted))
            } catch let error as ShellSyntaxError where error.kind == .incomplete {
                throw ShellSyntaxError.unexpected(")")
            }
        case "{":
            index += 1
            word.segments.append(.parameter(try lexBracedParameter(), quoted: quoted))
        case "?", "#", "@", "*":
            index += 1
            word.segments.append(.parameter(ShellParameter(name: String(character)), quoted: quoted))
        case "$":
            throw ShellSyntaxError.notAvailable("'$$' (the shell's process id)")
        case "!":
            throw ShellSyntaxError.notAvailable("'$!' (background jobs)")
        case "'" where !quoted:
            index += 1
            word.appendLiteral(try readANSIQuoted(), quoted: true)
        case "\"" where !quoted:
            return
        default:
            if character.isASCII, character.isNumber {
                index += 1
                word.segments.append(.parameter(ShellParameter(name: String(character)), quoted: quoted))
            } else if let name = readName() {
                word.segments.append(.parameter(ShellParameter(name: name), quoted: quoted))
            } else {
                word.appendLiteral("$", quoted: quoted)
            }
        }
    }

    /// After `${`: `NAME}`, `NAME:-word}` or `NAME-word}`.
    private mutating func lexBracedParameter() throws -> ShellParameter {
        let eof = ShellSyntaxError.incomplete("unexpected EOF while looking for matching `}'")
        var name = readName() ?? ""
        if name.isEmpty, let special = peek(), "?@*#0123456789".contains(special) {
            if special == "#" && peek(1) != "}" {
                throw ShellSyntaxError.notAvailable("'${#NAME}' (length)")
            }
            index += 1
            name = String(special)
        }
        guard let next = peek() else { throw eof }
        if name.isEmpty { throw ShellSyntaxError(kind: .malformed, message: "bash: ${\(next)...}: bad substitution") }
        var parameter = ShellParameter(name: name)
        switch next {
        case "}":
            index += 1
            return parameter
        case ":" where peek(1) == "-":
            index += 2
            parameter.fallbackWhenEmpty = true
        case "-":
            index += 1
        default:
            throw ShellSyntaxError.notAvailable("the expansion '${\(name)\(next)...}'",
                                                hint: "the lab has ${NAME} and ${NAME:-default}")
        }
        parameter.fallback = try lexWord(inBraces: true)
        guard peek() == "}" else { throw eof }
        index += 1
        return parameter
    }

    /// After `$'`: the text up to the closing quote with its escapes decoded.
    private mutating func readANSIQuoted() throws -> String {
        var raw = ""
        while let character = peek() {
            index += 1
            if character == "'" {
                let bytes = ShellEscapes.decode(raw, style: .ansiC).bytes
                return String(decoding: bytes, as: UTF8.self)
            }
            raw.append(character)
            if character == "\\", let escaped = peek() {
                index += 1
                raw.append(escaped)
            }
        }
        throw ShellSyntaxError.incomplete("unexpected EOF while looking for matching `''")
    }

    private mutating func readName() -> String? {
        guard let first = peek(), first == "_" || (first.isASCII && first.isLetter) else { return nil }
        var name = ""
        while let character = peek(), character == "_" || (character.isASCII && (character.isLetter || character.isNumber)) {
            name.append(character)
            index += 1
        }
        return name
    }

    // MARK: Reading

    private func peek(_ offset: Int = 0) -> Character? {
        let position = index + offset
        return position < characters.count ? characters[position] : nil
    }
}
