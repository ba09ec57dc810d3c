import Engine
import Foundation

/// Replays one submission from a fresh cloud and scores every step. Runs on one thread;
/// the cloud and the session never leave it.
///
/// Rules: the lesson setup runs first. A lesson step is *reached* when a `#@lab step`
/// marker names it or a later step, or when every task step before it has passed; its
/// setup runs once, as soon as it is reached. After every command, every reached task step
/// not yet passed is checked (instructor checks always are); a step passes for good when
/// its check holds. Steps not yet reached are not checked: before its setup has run, a
/// check such as "the bucket is gone" would hold without the learner doing anything.
/// A step's history is the commands since the latest `#@lab step` marker naming it (all
/// commands when the submission has no markers; instructor checks always see all). A quiz
/// is scored on its last `#@lab answer`.
final class GradeReplay {
    private let steps: [GradedStep]
    private let lessonSetup: LessonScript?
    private let lessonId: String
    private let limits: GradingLimits
    private let session: LabSession
    private let evaluator = CheckEvaluator()
    private let memo = CheckMemo()

    private var passed: [Bool]
    private var passedAt: [Int?]
    private var feedback: [String?]
    private var hints: [Int]
    private var solutions: [Int]
    private var answers: [(text: String, line: Int)?]
    private var history: [[String]?]
    private var setupDone: [Bool]
    private var markedIndex = -1
    private var lastRecord: ScriptRecord?
    private var commands = 0
    private var outputBytes = 0
    private var stopped = false
    private var skipped = 0
    private var notes: [String] = []

    init(steps: [GradedStep], lessonSetup: LessonScript?, lessonId: String, limits: GradingLimits, seed: UInt64) {
        self.steps = steps
        self.lessonSetup = lessonSetup
        self.lessonId = lessonId
        self.limits = limits
        let cloud = Cloud(seed: seed)
        session = LabSession(cloud: cloud, fileSystem: Workspaces.memory(clock: { cloud.clock.now }))
        passed = Array(repeating: false, count: steps.count)
        passedAt = Array(repeating: nil, count: steps.count)
        feedback = Array(repeating: nil, count: steps.count)
        hints = Array(repeating: 0, count: steps.count)
        solutions = Array(repeating: 0, count: steps.count)
        answers = Array(repeating: nil, count: steps.count)
        history = Array(repeating: nil, count: steps.count)
        setupDone = steps.map { $0.instructor || $0.step.setup == nil }
    }

    /// Replays the events and returns the grade (named `name`).
    func run(_ events: [SubmissionEvent], name: String) -> SubmissionGrade {
        let hasMarkers = events.contains { if case .step = $0 { return true } else { return false } }
        for index in steps.indices where steps[index].instructor || !hasMarkers { history[index] = [] }
        if let setup = lessonSetup { runSilently(setup) }
        for event in events { handle(event) }
        if skipped > 0 { notes.append("\(skipped) command\(skipped == 1 ? "" : "s") not run after the replay stopped") }
        return SubmissionGrade(name: name, steps: finish(), commands: commands, notes: notes)
    }

    // MARK: Events

    private func handle(_ event: SubmissionEvent) {
        switch event {
        case .command(let line): runCommand(line)
        case .lesson(let id, let line) where id != lessonId:
            notes.append("line \(line): the transcript was made in lesson '\(id)'; graded as '\(lessonId)'")
        case .lesson: break
        case .region(let name, _): session.configuration.set("region", name, profile: "default")
        case .step(let id, let line):
            let found = indices(of: id, line: line)
            for index in found {
                history[index] = []
                if !steps[index].instructor { markedIndex = max(markedIndex, index) }
            }
        case .hint(let id, let line):
            for index in indices(of: id, line: line) { hints[index] += 1 }
        case .solution(let id, let line):
            for index in indices(of: id, line: line) { solutions[index] += 1 }
        case .answer(let id, let text, let line):
            for index in indices(of: id, line: line) {
                if steps[index].step.kind == .quiz {
                    answers[index] = (text, line)
                } else {
                    notes.append("line \(line): step '\(id)' is not a quiz; the answer is ignored")
                }
            }
        case .ignored(let line, let note): notes.append("line \(line): \(note)")
        }
    }

    private func indices(of id: String, line: Int) -> [Int] {
        let found = steps.indices.filter { steps[$0].step.id == id }
        if found.isEmpty { notes.append("line \(line): the lesson has no step '\(id)'; ignored") }
        return found
    }

    // MARK: Commands

    private func runCommand(_ line: ScriptLine) {
        if stopped { skipped += 1; return }
        if commands >= limits.commandBudget {
            notes.append("line \(line.line): the command budget of \(limits.commandBudget) commands is spent; the replay stops here")
            stopped = true
            skipped += 1
            return
        }
        runPendingSetups()
        let record = session.run(scriptLine: line)
        commands += 1
        outputBytes += record.stdout.utf8.count + record.stderr.utf8.count
        lastRecord = record
        for index in history.indices where history[index] != nil { history[index]?.append(line.command) }
        evaluateReachedSteps(after: line.line)
        if outputBytes > limits.outputBudget {
            notes.append("line \(line.line): the commands printed more than \(limits.outputBudget) bytes; the replay stops here")
            stopped = true
        }
    }

    private func evaluate(_ index: Int, passingAt line: Int?, round: CheckEvaluator) {
        let context = CheckContext(session: session, lastCommand: lastRecord, stepCommands: history[index] ?? [])
        let outcome = round.evaluate(steps[index].step.check, in: context)
        if outcome.passed, let line {
            passed[index] = true
            passedAt[index] = line
        } else {
            feedback[index] = outcome.message ?? CheckEvaluator.genericMessage
        }
    }

    /// Checks every open task step that is reached. When that passes a step and so
    /// reaches the next ones, their setups run and they are checked at once (lint makes
    /// sure a step's check fails at its start, even with the previous step's last command).
    private func evaluateReachedSteps(after line: Int) {
        var checked = Set<Int>()
        while true {
            let round = newRound()
            let reached = reachedIndex()
            for index in steps.indices where !passed[index] && steps[index].step.kind == .task && !checked.contains(index)
                && (steps[index].instructor || index <= reached) {
                checked.insert(index)
                evaluate(index, passingAt: line, round: round)
            }
            if reachedIndex() <= reached { return }
            runPendingSetups()
        }
    }

    /// The last lesson step reached: the furthest named by a `#@lab step` marker, or the
    /// first open task step (every step before it has passed).
    private func reachedIndex() -> Int {
        let firstOpen = steps.indices.first { !steps[$0].instructor && steps[$0].step.kind == .task && !passed[$0] }
        return max(markedIndex, firstOpen ?? steps.count - 1)
    }

    /// Runs, once each, the setups of the lesson steps reached so far.
    private func runPendingSetups() {
        let reached = reachedIndex()
        for index in steps.indices where index <= reached && !setupDone[index] {
            setupDone[index] = true
            if let setup = steps[index].step.setup { runSilently(setup) }
        }
    }

    private func runSilently(_ script: LessonScript) {
        for command in script.commands { _ = session.run(scriptLine: command) }
    }

    // MARK: Scoring

    private func finish() -> [StepGrade] {
        let round = newRound()
        return steps.indices.map { index in
            let graded = steps[index]
            let step = graded.step
            if step.kind == .quiz { scoreQuiz(index) }
            if !passed[index] && feedback[index] == nil && step.kind == .task { evaluate(index, passingAt: nil, round: round) }
            let penalty = hints[index] * graded.hintPenalty + solutions[index] * graded.solutionPenalty
            let applied = passed[index] ? min(step.points, penalty) : 0
            return StepGrade(id: step.id, title: step.title, kind: step.kind, passed: passed[index],
                             score: passed[index] ? step.points - applied : 0, maxScore: step.points,
                             hints: hints[index], solutions: solutions[index], penalty: applied,
                             feedback: passed[index] ? "" : (feedback[index] ?? CheckEvaluator.genericMessage),
                             passedAtLine: passedAt[index], instructor: graded.instructor)
        }
    }

    private func scoreQuiz(_ index: Int) {
        guard let answer = answers[index] else {
            feedback[index] = "No answer recorded (`#@lab answer \(steps[index].step.id) ...`)."
            return
        }
        let context = CheckContext(session: session, lastCommand: lastRecord, quizAnswer: answer.text)
        let outcome = evaluator.evaluate(steps[index].step.check, in: context)
        if outcome.passed {
            passed[index] = true
            passedAt[index] = answer.line
        } else {
            feedback[index] = outcome.message ?? CheckEvaluator.genericMessage
        }
    }

    /// Checks after one more command: command outputs are looked up afresh.
    private func newRound() -> CheckEvaluator {
        memo.newRound()
        return CheckEvaluator(memo: memo)
    }
}
