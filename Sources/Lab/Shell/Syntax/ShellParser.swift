/// Builds pipelines of simple commands from tokens. Reserved words of compound commands
/// (`if`, `for`, `while`, `case`, `{`, ...) are refused as not available in the lab.
enum ShellParser {
    /// Parses a whole command line.
    static func parse(_ text: String) throws -> ShellScript {
        try parse(ShellLexer.tokens(text))
    }

    static func parse(_ tokens: [ShellToken]) throws -> ShellScript {
        var pipelines: [ShellPipeline] = []
        var commands: [ShellCommand] = []
        var current = ShellCommand()
        var index = 0
        while index < tokens.count {
            switch tokens[index] {
            case .word(let word):
                if current.words.isEmpty {
                    if let assignment = assignment(word) {
                        current.assignments.append(assignment)
                        break
                    }
                    try refuseReservedWord(word)
                }
                current.words.append(word)
            case .redirection(let operation):
                var target: ShellWord?
                if operation.takesTarget {
                    guard index + 1 < tokens.count, case .word(let word) = tokens[index + 1] else {
                        throw ShellSyntaxError.unexpected(index + 1 < tokens.count ? describe(tokens[index + 1]) : "newline")
                    }
                    target = word
                    index += 1
                }
                current.redirections.append(ShellRedirection(operation: operation, target: target))
            case .pipe:
                if current.isEmpty { throw ShellSyntaxError.unexpected("|") }
                commands.append(current)
                current = ShellCommand()
            case .newline:
                // After a `|` the pipeline continues on the next line.
                if !current.isEmpty {
                    commands.append(current)
                    pipelines.append(ShellPipeline(commands: commands))
                    commands = []
                    current = ShellCommand()
                }
            }
            index += 1
        }
        if !current.isEmpty {
            commands.append(current)
            pipelines.append(ShellPipeline(commands: commands))
        } else if !commands.isEmpty {
            throw ShellSyntaxError.incomplete("syntax error: unexpected end of file")
        }
        return ShellScript(pipelines: pipelines)
    }

    // MARK: Words with a meaning

    /// `NAME=value` or `NAME+=value` when the word starts with an unquoted valid name.
    static func assignment(_ word: ShellWord) -> ShellAssignment? {
        guard case .literal(let text, quoted: false)? = word.segments.first,
              let equals = text.firstIndex(of: "=") else { return nil }
        var name = String(text[..<equals])
        var append = false
        if name.hasSuffix("+") {
            name.removeLast()
            append = true
        }
        guard isName(name) else { return nil }
        var value = ShellWord(segments: Array(word.segments.dropFirst()), text: "")
        let rest = String(text[text.index(after: equals)...])
        if !rest.isEmpty { value.segments.insert(.literal(rest, quoted: false), at: 0) }
        if let textEquals = word.text.firstIndex(of: "=") {
            value.text = String(word.text[word.text.index(after: textEquals)...])
        }
        return ShellAssignment(name: name, value: value, append: append)
    }

    /// Whether a string is a valid shell variable name.
    static func isName(_ text: String) -> Bool {
        guard let first = text.first, first == "_" || (first.isASCII && first.isLetter) else { return false }
        return text.allSatisfy { $0 == "_" || ($0.isASCII && ($0.isLetter || $0.isNumber)) }
    }

    private static func refuseReservedWord(_ word: ShellWord) throws {
        guard let text = word.plainText else { return }
        let what: String
        switch text {
        case "if", "then", "elif", "else", "fi": what = "an 'if' statement"
        case "for", "select": what = "a '\(text)' loop"
        case "while", "until": what = "a '\(text)' loop"
        case "do", "done": what = "a loop ('\(text)')"
        case "case", "esac": what = "a 'case' statement"
        case "function": what = "a shell function"
        case "{", "}": what = "a command group '{ ... }'"
        case "[[", "]]": what = "a '[[ ... ]]' test"
        case "!": what = "negating a command with '!'"
        case "coproc": what = "a coprocess"
        default: return
        }
        throw ShellSyntaxError.notAvailable(what, hint: "the lab runs simple commands and pipes")
    }

    private static func describe(_ token: ShellToken) -> String {
        switch token {
        case .word(let word): return word.text
        case .pipe: return "|"
        case .redirection(let operation): return operation.text
        case .newline: return "newline"
        }
    }
}
