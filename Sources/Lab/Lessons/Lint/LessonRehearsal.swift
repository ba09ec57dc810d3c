import Engine

/// Replays a lesson from a fresh, seeded cloud and an in-memory workspace, the way a
/// learner who follows the reference solutions would get to a step.
struct LessonRehearsal {
    /// A session at the start of a step (its setup done), and what got it there.
    struct Start {
        var session: LabSession
        /// The last command run before the step (a solution of an earlier step).
        var lastCommand: ScriptRecord?
        /// Setup commands that failed on the way.
        var problems: [LintProblem]
    }

    let lesson: Lesson
    let seed: UInt64

    /// A fresh session after the lesson setup, the setups and solutions of the steps
    /// before `index`, and the setup of step `index`.
    func start(of index: Int) -> Start {
        let cloud = Cloud(seed: seed)
        let workspace = Workspaces.memory(clock: { cloud.clock.now })
        let session = LabSession(cloud: cloud, fileSystem: workspace)
        var start = Start(session: session, lastCommand: nil, problems: [])
        if let setup = lesson.setup { start.problems += runSetup(setup, in: session) }
        for step in lesson.steps[..<index] {
            if let setup = step.setup { _ = run(setup, in: session) }
            if let solution = step.solution, let last = run(solution, in: session).last { start.lastCommand = last }
        }
        if let setup = lesson.steps[index].setup { start.problems += runSetup(setup, in: session) }
        return start
    }

    /// Runs a block's commands as `lab run` would.
    func run(_ script: LessonScript, in session: LabSession) -> [ScriptRecord] {
        var records: [ScriptRecord] = []
        for command in script.commands {
            if command.sleepBefore > 0 { session.cloud.advance(by: command.sleepBefore) }
            let result = session.run(command.command)
            session.cloud.advance(by: ScriptRunner.timePerCommand)
            records.append(ScriptRecord(line: command.line, command: command.command, exitCode: result.exitCode,
                                        stdout: result.stdoutText, stderr: result.stderrText))
        }
        return records
    }

    private func runSetup(_ script: LessonScript, in session: LabSession) -> [LintProblem] {
        run(script, in: session).filter { $0.exitCode != 0 }.map { record in
            let reason = CheckEvaluator.firstLine(record.stderr)
            return LintProblem(path: lesson.path, line: record.line,
                               message: "setup command failed (exit \(record.exitCode))\(reason.isEmpty ? "" : ": " + reason)")
        }
    }
}
