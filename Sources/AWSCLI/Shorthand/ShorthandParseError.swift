/// A shorthand value the AWS CLI would refuse, worded as the AWS CLI words it.
///
/// `message` is the text the CLI prints after `Error parsing parameter '--x': `: the reason,
/// the input echoed back, and a caret under the offending character, for example
///
/// ```
/// Expected: ',', received: '=' for input:
/// a=b,c==d
///       ^
/// ```
///
/// `position` counts Unicode scalars (Python's code points), like the CLI's own index.
public struct ShorthandParseError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong, for callers that want more than the text.
    public enum Kind: Sendable, Equatable {
        /// `expected` was wanted; `received` is the character found, `EOF` at the end of the
        /// input, or `<none>` when a whole token (quoted string, list item) could not be read.
        case syntax(expected: String, received: String)
        /// A top-level key given twice, usually `,` typed where a space was meant.
        case duplicateKey(String)
    }

    public var kind: Kind
    /// The complete (possibly multi-line) message, without the `Error parsing parameter` lead.
    public var message: String
    /// Index of the error in the input, in Unicode scalars.
    public var position: Int

    public init(kind: Kind, message: String, position: Int) {
        self.kind = kind
        self.message = message
        self.position = position
    }

    public var description: String { message }

    /// The line the AWS CLI prints for this error on parameter `cliName` (such as `--tags`).
    public func cliMessage(parameter cliName: String) -> String {
        "Error parsing parameter '\(cliName)': \(message)"
    }

    // MARK: - Factories

    /// "Expected: 'x', received: 'y' for input:" followed by the located input.
    public static func syntax(expected: String, received: String, position: Int, input: String) -> ShorthandParseError {
        let text = "Expected: '\(expected)', received: '\(received)' for input:\n"
            + locate(position, in: input)
        return ShorthandParseError(kind: .syntax(expected: expected, received: received), message: text, position: position)
    }

    /// "Second instance of key ..." with the located input and the CLI's hint.
    public static func duplicateKey(_ key: String, position: Int, input: String) -> ShorthandParseError {
        let text = "Second instance of key \"\(key)\" encountered for input:\n"
            + locate(position, in: input)
            + "\nThis is often because there is a preceding \",\" instead of a space."
        return ShorthandParseError(kind: .duplicateKey(key), message: text, position: position)
    }

    /// The input with a caret line under `position`. The caret line goes right below the
    /// line holding the error: spaces are counted from the last newline before it, and any
    /// lines after it follow the caret.
    static func locate(_ position: Int, in input: String) -> String {
        let scalars = Array(input.unicodeScalars)
        let cut = min(max(position, 0), scalars.count)
        var column = cut
        if let lastNewline = scalars[..<cut].lastIndex(of: "\n") {
            column = cut - lastNewline - 1
        }
        var consumed = scalars[...]
        var remaining = scalars[scalars.endIndex...]
        if let nextNewline = scalars[cut...].firstIndex(of: "\n") {
            consumed = scalars[..<nextNewline]
            remaining = scalars[nextNewline...]
        }
        return text(consumed) + "\n" + String(repeating: " ", count: column) + "^" + text(remaining)
    }

    private static func text(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }
}
