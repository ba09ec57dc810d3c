/// Why a command line cannot run: it is incomplete (an unclosed quote, a trailing `|`), it
/// uses shell syntax the lab does not provide, or it is malformed.
struct ShellSyntaxError: Error, Equatable {
    enum Kind: Equatable { case incomplete, notAvailable, malformed }

    var kind: Kind
    /// One line for the learner, without a trailing newline.
    var message: String

    static func incomplete(_ message: String) -> ShellSyntaxError {
        ShellSyntaxError(kind: .incomplete, message: "bash: \(message)")
    }

    /// Shell syntax outside the lab's subset: `what` names it (`'&&'`, `'for' loops`).
    static func notAvailable(_ what: String, hint: String? = nil) -> ShellSyntaxError {
        var message = "lab: \(what) is not available in the lab"
        if let hint { message += "; \(hint)" }
        return ShellSyntaxError(kind: .notAvailable, message: message)
    }

    static func unexpected(_ token: String) -> ShellSyntaxError {
        ShellSyntaxError(kind: .malformed, message: "bash: syntax error near unexpected token `\(token)'")
    }
}
