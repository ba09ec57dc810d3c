import Foundation

/// `lab lint`: parses lesson files and rehearses every step from a fresh cloud. The
/// reference solution must pass the step's check, each wrong attempt must fail it, and the
/// check must not pass before the learner does anything. Quiz answers pass and every other
/// choice fails. The same files give the same report on every run.
public struct LessonLinter {
    /// The seed of every fresh cloud.
    public var seed: UInt64
    private let evaluator = CheckEvaluator()

    public init(seed: UInt64 = 1) { self.seed = seed }

    /// Lints lesson files and folders (every `*.md` in a folder but `README.md`); with a
    /// catalogue, also reports unknown claim ids and lists uncovered claims.
    public func lint(paths: [String], catalogue: ClaimCatalogue? = nil) -> LintReport {
        var report = LintReport()
        var texts: [String: String] = [:]
        for path in paths {
            let found = LessonFiles.find(path)
            if let problem = found.problem { report.problems.append(problem) }
            for file in found.files {
                report.files += 1
                guard let data = FileManager.default.contents(atPath: file) else {
                    report.problems.append(LintProblem(path: file, line: nil, message: "cannot be read"))
                    continue
                }
                let text = String(decoding: data, as: UTF8.self)
                texts[file] = text
                let (lesson, problems) = lint(text: text, path: file)
                report.problems += problems
                if let lesson {
                    report.lessons.append(lesson)
                    report.stepsChecked += lesson.steps.count
                }
            }
        }
        report.problems += crossLessonProblems(report.lessons, texts: texts, catalogue: catalogue)
        if let catalogue {
            report.catalogueSize = catalogue.claims.count
            report.uncoveredClaims = catalogue.uncovered(by: report.lessons)
        }
        return report
    }

    /// Parses and rehearses one lesson: the lesson (nil when it does not parse) and its
    /// problems.
    public func lint(text: String, path: String) -> (Lesson?, [LintProblem]) {
        do {
            let lesson = try LessonParser.parse(text: text, path: path)
            return (lesson, problems(in: lesson))
        } catch {
            return (nil, [LintProblem(error)])
        }
    }

    /// Rehearses every step of a parsed lesson.
    public func problems(in lesson: Lesson) -> [LintProblem] {
        let rehearsal = LessonRehearsal(lesson: lesson, seed: seed)
        var problems: [LintProblem] = []
        for (index, step) in lesson.steps.enumerated() {
            switch step.kind {
            case .task: problems += taskProblems(step, index: index, rehearsal: rehearsal)
            case .quiz: problems += quizProblems(step, lesson: lesson)
            }
        }
        var seen = Set<LintProblem>()
        return problems.filter { seen.insert($0).inserted }
    }

    // MARK: Task steps

    private func taskProblems(_ step: LessonStep, index: Int, rehearsal: LessonRehearsal) -> [LintProblem] {
        let path = rehearsal.lesson.path
        var problems: [LintProblem] = []
        let before = rehearsal.start(of: index)
        problems += before.problems
        let untouched = CheckContext(session: before.session, lastCommand: before.lastCommand)
        if evaluator.evaluate(step.check, in: untouched).passed {
            problems.append(LintProblem(path: path, line: step.checkLine,
                                        message: "step '\(step.id)': the check already passes before the learner does anything"))
        }
        if let solution = step.solution {
            // Checks only read, so the solution can start where the untouched check looked.
            let outcome = attempt(solution, from: before, step: step, rehearsal: rehearsal)
            if !outcome.passed {
                problems.append(LintProblem(path: path, line: solution.line,
                                            message: "step '\(step.id)': the solution does not pass the check: \(outcome.message ?? "")"))
            }
        }
        for wrong in step.wrongAttempts {
            let start = rehearsal.start(of: index)
            if attempt(wrong, from: start, step: step, rehearsal: rehearsal).passed {
                problems.append(LintProblem(path: path, line: wrong.line,
                                            message: "step '\(step.id)': this wrong attempt passes the check"))
            }
        }
        return problems
    }

    private func attempt(_ script: LessonScript, from start: LessonRehearsal.Start, step: LessonStep,
                         rehearsal: LessonRehearsal) -> CheckOutcome {
        let records = rehearsal.run(script, in: start.session)
        let context = CheckContext(session: start.session, lastCommand: records.last ?? start.lastCommand,
                                   stepCommands: records.map(\.command))
        return evaluator.evaluate(step.check, in: context)
    }
}
