/// A `last-command` check on the learner's most recent command. Every field given must
/// hold.
public struct LastCommandCheck: Sendable, Equatable {
    public var exit: Int32?
    /// The whole standard output, ignoring whitespace at its start and end.
    public var stdout: String?
    /// Regular expressions searched in the output, error output and command text
    /// (`^`/`$` match at line ends).
    public var stdoutMatches: String?
    public var stderrMatches: String?
    public var commandMatches: String?
    public var message: String?

    public init(exit: Int32? = nil, stdout: String? = nil, stdoutMatches: String? = nil,
                stderrMatches: String? = nil, commandMatches: String? = nil, message: String? = nil) {
        self.exit = exit
        self.stdout = stdout
        self.stdoutMatches = stdoutMatches
        self.stderrMatches = stderrMatches
        self.commandMatches = commandMatches
        self.message = message
    }
}
