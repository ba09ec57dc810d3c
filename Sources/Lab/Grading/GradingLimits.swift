/// What one submission may cost the grader: its replay stops at the command budget or the
/// output budget, a file over `maxBytes` is refused, and a command longer than
/// `maxCommandLength` is skipped (reported, never run).
public struct GradingLimits: Sendable, Equatable {
    /// Commands replayed at most; the rest are reported and skipped.
    public var commandBudget: Int
    /// Bytes of standard output and error, all commands together, before the replay stops.
    public var outputBudget: Int
    /// The largest submission file read.
    public var maxBytes: Int
    /// The longest command (in characters) that is run.
    public var maxCommandLength: Int

    public init(commandBudget: Int = 2_000, outputBudget: Int = 10_000_000, maxBytes: Int = 10_000_000,
                maxCommandLength: Int = 100_000) {
        self.commandBudget = commandBudget
        self.outputBudget = outputBudget
        self.maxBytes = maxBytes
        self.maxCommandLength = maxCommandLength
    }

    /// 2,000 commands, 10 MB of output, 10 MB files, 100,000-character commands.
    public static let standard = GradingLimits()
}
