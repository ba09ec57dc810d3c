/// One logical command of a script: its text (continuations joined) and the number of its
/// first physical line.
public struct ScriptLine: Sendable, Equatable {
    public var line: Int
    public var command: String
    /// `#@ sleep N` directives before it move virtual time forward by this much first.
    public var sleepBefore: Double
    /// The words after `#@ fault` of each fault directive before it, injected (after the
    /// sleep) before the command runs.
    public var faultsBefore: [[String]]

    public init(line: Int, command: String, sleepBefore: Double = 0, faultsBefore: [[String]] = []) {
        self.line = line
        self.command = command
        self.sleepBefore = sleepBefore
        self.faultsBefore = faultsBefore
    }
}
