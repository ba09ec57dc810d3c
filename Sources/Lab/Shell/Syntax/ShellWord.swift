/// A word of a command line as the lexer found it: literal pieces (quoted or not) and
/// expansions, to be expanded into zero or more fields when the command runs.
struct ShellWord: Equatable {
    var segments: [ShellWordSegment]
    /// The word as typed (for messages such as `$X: ambiguous redirect`).
    var text: String

    /// The word's text when it is made only of unquoted literal text (reserved words,
    /// assignments), else nil.
    var plainText: String? {
        var result = ""
        for segment in segments {
            guard case .literal(let text, quoted: false) = segment else { return nil }
            result += text
        }
        return result
    }

    /// Appends literal text, merging it with a preceding literal of the same quoting.
    mutating func appendLiteral(_ text: String, quoted: Bool) {
        if case .literal(let previous, let wasQuoted)? = segments.last, wasQuoted == quoted {
            segments[segments.count - 1] = .literal(previous + text, quoted: quoted)
        } else {
            segments.append(.literal(text, quoted: quoted))
        }
    }
}
