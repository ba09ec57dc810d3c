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
        script.commands.map { session.run(scriptLine: $0) }
    }

    private func runSetup(_ script: LessonScript, in session: LabSession) -> [LintProblem] {
        run(script, in: session).compactMap { record in
            let failed = record.exitCode != 0
            guard failed || record.stderr.hasPrefix(LabSession.faultProblemPrefix) else { return nil }
            let reason = CheckEvaluator.firstLine(record.stderr)
            let what = failed ? "setup command failed (exit \(record.exitCode))" : "setup directive failed"
            return LintProblem(path: lesson.path, line: record.line, message: what + (reason.isEmpty ? "" : ": " + reason))
        }
    }
}
