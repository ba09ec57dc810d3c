import Foundation

/// The three streams of one command, as buffers: the command reads `stdin` and appends to
/// `stdout` and `stderr`. The shell routes them afterwards (pipes, redirections).
public struct ShellIO {
    public var stdin: Data
    public var stdout: Data
    public var stderr: Data

    public init(stdin: Data = Data(), stdout: Data = Data(), stderr: Data = Data()) {
        self.stdin = stdin
        self.stdout = stdout
        self.stderr = stderr
    }

    /// Appends text to standard output.
    public mutating func write(_ text: String) {
        stdout.append(contentsOf: text.utf8)
    }

    /// Appends one line (a newline is added) to standard error.
    public mutating func error(_ line: String) {
        stderr.append(contentsOf: line.utf8)
        stderr.append(0x0A)
    }
}
