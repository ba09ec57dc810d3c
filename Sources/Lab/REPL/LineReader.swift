/// Where the REPL gets its lines: libedit on a terminal, plain lines otherwise.
public protocol LineReader: AnyObject {
    /// The next line without its newline; nil at end of input.
    /// `interrupted` is set when Ctrl-C cancelled the line being typed.
    func readLine(prompt: String, interrupted: inout Bool) -> String?
    /// Adds a line to the history (kept across sessions where supported).
    func remember(_ line: String)
    /// Saves the history.
    func close()
}

/// Reads plain lines from standard input: no prompt, no escapes (`printf '...' | lab`).
public final class PlainLineReader: LineReader {
    public init() {}

    public func readLine(prompt: String, interrupted: inout Bool) -> String? {
        interrupted = false
        return Swift.readLine(strippingNewline: true)
    }

    public func remember(_ line: String) {}
    public func close() {}
}
