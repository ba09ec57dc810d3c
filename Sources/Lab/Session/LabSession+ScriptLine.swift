/// Script lines with their directives: the one way `lab run`, lesson setups and solutions,
/// lint rehearsals and grade replays run a command of a script.
extension LabSession {
    /// How a `#@ fault` that could not be injected starts its line on standard error.
    public static let faultProblemPrefix = "lab: #@ fault "

    /// Runs one script line as `lab run` does: its `#@ sleep` pause and `#@ fault`
    /// injections first, then the command, then a little virtual time. A fault that cannot
    /// be injected is reported on the record's standard error, before the command's own.
    public func run(scriptLine line: ScriptLine) -> ScriptRecord {
        if line.sleepBefore > 0 { cloud.advance(by: line.sleepBefore) }
        var problems = ""
        for words in line.faultsBefore {
            do {
                try LabFault(words: words).inject(into: self)
            } catch {
                problems += Self.faultProblemPrefix + "\(words.joined(separator: " ")): \(error)\n"
            }
        }
        let result = run(line.command)
        cloud.advance(by: ScriptRunner.timePerCommand)
        return ScriptRecord(line: line.line, command: line.command, exitCode: result.exitCode,
                            stdout: result.stdoutText, stderr: problems + result.stderrText)
    }
}
