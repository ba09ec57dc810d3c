import Foundation
import Testing
@testable import Lab

@Suite("Grader replay")
struct GraderTests {
    private func step(_ grade: SubmissionGrade, _ id: String) -> StepGrade? {
        grade.steps.first { $0.id == id }
    }

    @Test func theReferenceSolutionGetsFullMarks() throws {
        let grade = try GradingFixtures.grader().grade(text: GradingFixtures.solution, name: "s.sh")
        #expect(grade.error == nil)
        #expect(grade.maxScore == 40)
        #expect(grade.score == 40)
        #expect(grade.steps.allSatisfy { $0.passed })
        #expect(step(grade, "make-bucket")?.passedAtLine == 3)
    }

    @Test func aWrongSubmissionScoresBelowWithFeedback() throws {
        let grade = try GradingFixtures.grader().grade(text: "aws s3 mb s3://other-bucket\naws s3 ls\n#@lab answer bucket-quiz b\n", name: "w")
        #expect(grade.score == 0)
        #expect(step(grade, "make-bucket")?.feedback == "There is no bucket named demo-bucket yet.")
        #expect(step(grade, "bucket-quiz")?.passed == false)
    }

    @Test func withoutMarkersStepSetupsRunOnceTheStepBeforePassed() throws {
        let grade = try GradingFixtures.grader().grade(text: "aws s3 mb s3://demo-bucket\naws s3 ls s3://demo-bucket\n", name: "plain")
        #expect(step(grade, "make-bucket")?.passed == true)
        #expect(step(grade, "list-object")?.passed == true)
        #expect(grade.score == 30)
        #expect(step(grade, "bucket-quiz")?.feedback.contains("No answer recorded") == true)
    }

    @Test func historyCountsOnlyCommandsSinceTheStepMarker() throws {
        let text = """
            #@lab step make-bucket
            aws s3 mb s3://demo-bucket
            aws s3 ls s3://demo-bucket
            #@lab step list-object
            echo nothing
            """
        let grade = try GradingFixtures.grader().grade(text: text, name: "h")
        #expect(step(grade, "list-object")?.passed == false)
    }

    @Test func labVerbsAreNotRunAndCompleteNothing() throws {
        let text = "/start grading-demo\n/next\n/check\n/answer a\n#@lab passed make-bucket\n"
        let grade = try GradingFixtures.grader().grade(text: text, name: "verbs")
        #expect(grade.score == 0)
        #expect(grade.commands == 0)
        #expect(grade.notes.contains { $0.hasPrefix("line 2: `/next` is a lab verb") })
        #expect(grade.notes.contains { $0.hasPrefix("line 5:") && $0.contains("not a directive") })
    }

    @Test func hintsAndSolutionsArePenalisedButNeverBelowZero() throws {
        let text = GradingFixtures.solution + "\n#@lab hint list-object\n#@lab hint list-object\n#@lab solution make-bucket\n#@lab solution make-bucket\n#@lab solution make-bucket\n"
        let grade = try GradingFixtures.grader().grade(text: text, name: "p")
        #expect(step(grade, "list-object")?.score == 14)
        #expect(step(grade, "list-object")?.hints == 2)
        #expect(step(grade, "make-bucket")?.score == 0)
        #expect(step(grade, "make-bucket")?.penalty == 10)
        #expect(grade.score == 24)
    }

    @Test func theLastQuizAnswerCounts() throws {
        let grader = try GradingFixtures.grader()
        let rightLast = grader.grade(text: "#@lab answer bucket-quiz b\n#@lab answer bucket-quiz a\n", name: "q")
        let wrongLast = grader.grade(text: "#@lab answer bucket-quiz a\n#@lab answer bucket-quiz b\n", name: "q")
        #expect(step(rightLast, "bucket-quiz")?.passed == true)
        #expect(step(wrongLast, "bucket-quiz")?.passed == false)
    }

    @Test func emptyBinaryAndOversizedSubmissions() throws {
        let grader = try GradingFixtures.grader(limits: GradingLimits(maxBytes: 1_000))
        let empty = grader.grade(data: Data(), name: "empty")
        #expect(empty.error == nil && empty.score == 0 && empty.notes.first == "the submission runs no commands")
        let binary = grader.grade(data: Data([0x61, 0x00, 0x62]), name: "bin")
        #expect(binary.error?.code == .binary)
        let invalid = grader.grade(data: Data([0xff, 0xfe, 0x41]), name: "latin")
        #expect(invalid.error?.code == .binary)
        let large = grader.grade(data: Data(repeating: 0x61, count: 2_000), name: "big")
        #expect(large.error?.code == .tooLarge)
        let missing = grader.grade(file: "/nonexistent/submission.sh")
        #expect(missing.error?.code == .unreadable)
    }

    @Test func enormousLinesAreSkippedAndTheRestIsGraded() throws {
        let grader = try GradingFixtures.grader(limits: GradingLimits(maxCommandLength: 1_000))
        let text = "echo " + String(repeating: "x", count: 5_000) + "\naws s3 mb s3://demo-bucket\n"
        let grade = grader.grade(text: text, name: "long")
        #expect(grade.notes.contains { $0.hasPrefix("line 1: a command of 5005 characters") })
        #expect(step(grade, "make-bucket")?.passed == true)
    }

    @Test func aYearOfSleepCostsNothingAndTheBudgetStopsTheReplay() throws {
        let grader = try GradingFixtures.grader(limits: GradingLimits(commandBudget: 3))
        let text = "sleep 31536000\necho a\necho b\naws s3 mb s3://demo-bucket\necho c\n"
        let start = Date()
        let grade = grader.grade(text: text, name: "budget")
        #expect(Date().timeIntervalSince(start) < 5)
        #expect(grade.commands == 3)
        #expect(step(grade, "make-bucket")?.passed == false)
        #expect(grade.notes.contains { $0.contains("line 4: the command budget of 3 commands is spent") })
        #expect(grade.notes.contains("2 commands not run after the replay stopped"))
    }

    @Test func theOutputBudgetStopsTheReplay() throws {
        let grader = try GradingFixtures.grader(limits: GradingLimits(outputBudget: 100))
        let text = "echo " + String(repeating: "y", count: 200) + "\naws s3 mb s3://demo-bucket\n"
        let grade = grader.grade(text: text, name: "loud")
        #expect(grade.commands == 1)
        #expect(step(grade, "make-bucket")?.passed == false)
    }

    @Test func instructorChecksAreAddedToTheGrade() throws {
        let extraText = """
            ---
            id: grading-demo-extra
            title: Instructor checks
            points: 5
            ---
            ## Step: Bucket is kept {#bucket-kept}

            ```check
            cloud: aws s3api head-bucket --bucket demo-bucket
            message: demo-bucket was deleted.
            ```

            ```solution
            aws s3 mb s3://demo-bucket
            ```

            ```wrong
            aws s3 mb s3://else
            ```
            """
        let extra = try LessonParser.parse(text: extraText, path: "extra.md")
        let grader = try GradingFixtures.grader(extra: extra)
        #expect(grader.maxScore == 45)
        let grade = grader.grade(text: GradingFixtures.solution, name: "x")
        #expect(step(grade, "bucket-kept")?.instructor == true)
        #expect(grade.score == 45)
        #expect(grader.grade(text: "echo hi\n", name: "y").score == 0)
    }

    @Test func gradingIsDeterministicAcrossRunsAndThreads() throws {
        let grader = try GradingFixtures.grader()
        let texts = (0..<16).map { (name: "s\($0)", text: $0 % 2 == 0 ? GradingFixtures.solution : "aws s3 mb s3://demo-bucket\n") }
        let first = grader.grade(texts: texts)
        let second = grader.grade(texts: texts)
        #expect(first == second)
        for format in GradeFormat.allCases {
            #expect(format.render(first) == format.render(second))
        }
        #expect(first.submissions.map(\.name) == texts.map(\.name))
        #expect(first.submissions[0].score == 40 && first.submissions[1].score == 10)
    }

    @Test func aBatchWithAnUnreadableFileStillGradesTheOthers() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("grade-batch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(GradingFixtures.solution.utf8).write(to: folder.appendingPathComponent("a.sh"))
        try Data([0, 1, 2]).write(to: folder.appendingPathComponent("b.sh"))
        let files = GradingInput.submissionFiles([folder.path, folder.appendingPathComponent("missing.sh").path])
        let report = try GradingFixtures.grader().grade(files: files)
        #expect(report.submissions.count == 3)
        #expect(report.submissions[0].score == 40)
        #expect(report.submissions[1].error?.code == .binary)
        #expect(report.submissions[2].error?.code == .unreadable)
        #expect(report.failures.count == 2)
    }
}

@Suite("Grader reach rule")
struct GraderReachTests {
    /// A `not` check would hold before its step's setup made the bucket: it must not count
    /// until the step is reached.
    @Test func aStepIsNotCheckedBeforeItIsReached() throws {
        let text = """
            ---
            id: reach
            title: Reach
            ---
            ## Step: Make {#make}

            ```check
            cloud: aws s3api head-bucket --bucket first
            ```

            ```solution
            aws s3 mb s3://first
            ```

            ```wrong
            aws s3 mb s3://second
            ```

            ## Step: Remove {#remove}

            ```setup
            aws s3 mb s3://doomed
            ```

            ```check
            not:
              cloud: aws s3api head-bucket --bucket doomed
            message: doomed is still there.
            ```

            ```solution
            aws s3 rb s3://doomed
            ```

            ```wrong
            aws s3 ls
            ```
            """
        let grader = Grader(lesson: try LessonParser.parse(text: text, path: "reach.md"))
        let idle = grader.grade(text: "aws s3 ls\n", name: "idle")
        #expect(idle.score == 0)
        let done = grader.grade(text: "aws s3 mb s3://first\naws s3 rb s3://doomed\n", name: "done")
        #expect(done.score == 20)
        let early = grader.grade(text: "aws s3 mb s3://first\n", name: "early")
        #expect(early.steps.map(\.passed) == [true, false])
        #expect(early.steps.last?.feedback == "doomed is still there.")
    }
}
