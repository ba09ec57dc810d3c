import Foundation
import Testing
@testable import Lab

@Suite("Grading the real lessons")
struct GradeLessonsFolderTests {
    private static func lessons() -> [Lesson] {
        LessonCatalogue.load(folder: TestPaths.packageRoot.appendingPathComponent("Lessons").path).lessons
    }

    @Test func theLessonsFolderHasLessons() {
        #expect(!Self.lessons().isEmpty)
    }

    @Test(arguments: lessons().map(\.id))
    func exportedSolutionGetsFullMarksAndEmptyGetsZero(id: String) throws {
        let lesson = try #require(Self.lessons().first { $0.id == id })
        let grader = Grader(lesson: lesson)
        let solution = grader.grade(text: SolutionExporter.export(lesson), name: "solution")
        #expect(solution.score == lesson.totalPoints, "\(solution.steps.filter { !$0.passed }.map { "\($0.id): \($0.feedback)" })")
        #expect(solution.notes.isEmpty, "\(solution.notes)")
        #expect(grader.grade(text: "", name: "empty").score == 0)
    }

    /// The solution as a plain script (no `#@lab` lines): every task step passes, since
    /// step setups run once the step before has passed.
    @Test(arguments: lessons().map(\.id))
    func plainSolutionScriptPassesEveryTaskStep(id: String) throws {
        let lesson = try #require(Self.lessons().first { $0.id == id })
        let plain = SolutionExporter.export(lesson).split(separator: "\n").filter { !$0.hasPrefix("#@lab") }
            .joined(separator: "\n")
        let grade = Grader(lesson: lesson).grade(text: plain, name: "plain")
        let taskPoints = lesson.steps.filter { $0.kind == .task }.reduce(0) { $0 + $1.points }
        #expect(grade.score == taskPoints, "\(grade.steps.filter { !$0.passed && $0.kind == .task }.map(\.id))")
    }

    /// Each step's solution replaced by its first wrong attempt (quizzes answered wrongly)
    /// scores below the reference solution.
    @Test(arguments: lessons().map(\.id))
    func wrongAttemptsScoreBelowTheSolution(id: String) throws {
        let lesson = try #require(Self.lessons().first { $0.id == id })
        var lines = ["#@lab lesson \(lesson.id)"]
        for step in lesson.steps {
            lines.append("#@lab step \(step.id)")
            if let wrong = step.wrongAttempts.first { lines.append(wrong.text) }
            if let quiz = step.quiz, let other = quiz.choices.first(where: { !quiz.answer.contains($0.key) }) {
                lines.append("#@lab answer \(step.id) \(other.key)")
            }
        }
        let grade = Grader(lesson: lesson).grade(text: lines.joined(separator: "\n"), name: "wrong")
        #expect(grade.score < lesson.totalPoints)
    }

    @Test func exportHasMarkersAndQuizAnswers() throws {
        let lesson = try GradingFixtures.lesson()
        let script = SolutionExporter.export(lesson)
        #expect(script.contains("#@lab lesson grading-demo\n#@lab step make-bucket\naws s3 mb s3://demo-bucket\n"))
        #expect(script.hasSuffix("#@lab step bucket-quiz\n#@lab answer bucket-quiz a\n"))
    }
}

@Suite("Grading benchmark")
struct GradingBenchmarkTests {
    /// The benchmark's submissions grade as designed (the timing itself is `lab bench grade`;
    /// LAB_GRADE_BENCH=1 runs all 500 here and prints the figure).
    @Test func theBenchmarkGradesItsSubmissions() {
        let full = ProcessInfo.processInfo.environment["LAB_GRADE_BENCH"] != nil
        let count = full ? 500 : 20
        let figures = GradingBenchmark.measure(count: count)
        #expect(figures.submissions == count)
        #expect(figures.commands == count * 30 - count / 5)
        #expect(figures.perfect == count - count / 5)
        if full { print(GradingBenchmark.run()) }
    }
}
