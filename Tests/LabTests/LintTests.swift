import Foundation
import Testing
@testable import Lab

@Suite struct LintTests {
    private let linter = LessonLinter()

    @Test func aGoodLessonHasNoProblems() {
        let (lesson, problems) = linter.lint(text: LessonFixtures.good, path: "demo.md")
        #expect(lesson?.id == "demo-lesson")
        #expect(problems == [])
    }

    @Test func aWrongAttemptThatPassesIsAProblem() {
        let text = LessonFixtures.good.replacingOccurrences(
            of: "aws s3api create-bucket --bucket lab-demo-bucket-2",
            with: "aws s3api create-bucket --bucket lab-demo-bucket-1 --region us-east-1")
        let (_, problems) = linter.lint(text: text, path: "demo.md")
        #expect(problems.map(\.description) == ["demo.md:49: step 'make-bucket': this wrong attempt passes the check"])
    }

    @Test func aSolutionThatFailsIsAProblem() {
        let text = LessonFixtures.good.replacingOccurrences(
            of: "aws s3api create-bucket --bucket lab-demo-bucket-1\n",
            with: "aws s3api create-bucket --bucket lab-demo-bucket-3\n")
        let (_, problems) = linter.lint(text: text, path: "demo.md")
        #expect(problems.map(\.description) == [
            "demo.md:45: step 'make-bucket': the solution does not pass the check: There is no bucket named lab-demo-bucket-1 yet.",
        ])
    }

    @Test func aCheckThatAlreadyPassesIsAProblem() {
        let text = LessonFixtures.stepWithCheck("cloud: aws sts get-caller-identity")
        let (_, problems) = linter.lint(text: text, path: "x.md")
        #expect(problems.map(\.description).contains("x.md:8: step 'one': the check already passes before the learner does anything"))
    }

    @Test func earlierSolutionsRunBeforeAStep() {
        // Step two's check needs the bucket from step one's solution and a file from its own setup.
        let text = """
            ---
            id: chain
            title: Chain
            ---

            ## Step: One

            ```check
            cloud: aws s3api head-bucket --bucket lab-chain-bucket
            ```

            ```solution
            aws s3api create-bucket --bucket lab-chain-bucket
            ```

            ```wrong
            aws s3api create-bucket --bucket lab-other-bucket
            ```

            ## Step: Two

            ```setup
            echo data > data.txt
            ```

            ```check
            cloud: aws s3api head-object --bucket lab-chain-bucket --key data.txt
            ```

            ```solution
            aws s3api put-object --bucket lab-chain-bucket --key data.txt --body data.txt
            ```

            ```wrong
            aws s3api put-object --bucket lab-chain-bucket --key data.txt --body missing.txt
            ```
            """
        let (lesson, problems) = linter.lint(text: text, path: "chain.md")
        #expect(lesson?.steps.count == 2)
        #expect(problems == [])
    }

    @Test func failingSetupIsAProblem() {
        let text = LessonFixtures.withStep("""
            ## Step: One

            ```setup
            aws s3api delete-bucket --bucket lab-not-there
            ```

            ```check
            history: sts
            ```

            ```solution
            aws sts get-caller-identity
            ```

            ```wrong
            aws s3api list-buckets
            ```
            """)
        let (_, problems) = linter.lint(text: text, path: "x.md")
        #expect(problems.count == 1)
        #expect(problems.first?.line == 9)
        #expect(problems.first?.message.hasPrefix("setup command failed (exit 254)") == true)
    }

    @Test func quizzesWhoseOtherChoicesPassAreProblems() {
        let quiz = Quiz(kind: .multiple, question: "Q?",
                        choices: [QuizChoice(key: "a", text: "A"), QuizChoice(key: "b", text: "B")], answer: ["a", "b"])
        let step = LessonStep(id: "q", title: "Q", kind: .quiz, points: 10, line: 7, check: .answer(quiz, message: nil),
                              checkLine: 7, quiz: quiz)
        #expect(linter.problems(in: Lesson(path: "q.md", id: "q", title: "Q", steps: [step])) == [])
        let text = Quiz(kind: .text, question: "S3 stands for?", answer: ["simple.*"], accepts: ["Simple Storage Service"],
                        rejects: ["Simple Queue Service"])
        let textStep = LessonStep(id: "t", title: "T", kind: .quiz, points: 10, line: 9, check: .answer(text, message: nil),
                                  checkLine: 9, quiz: text)
        #expect(linter.problems(in: Lesson(path: "t.md", id: "t", title: "T", steps: [textStep])).map(\.description) == [
            "t.md:9: quiz 't': the wrong answer 'Simple Queue Service' is accepted",
        ])
    }

    @Test func lintIsDeterministic() {
        let first = linter.lint(text: LessonFixtures.good, path: "demo.md")
        let second = linter.lint(text: LessonFixtures.good, path: "demo.md")
        #expect(first.0 == second.0)
        #expect(first.1 == second.1)
    }

    @Test func folderLintCountsAndCrossChecks() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lint-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try LessonFixtures.good.write(to: folder.appendingPathComponent("demo.md"), atomically: true, encoding: .utf8)
        let twin = LessonFixtures.good.replacingOccurrences(of: "prerequisites: []", with: "prerequisites: [nowhere]")
        try twin.write(to: folder.appendingPathComponent("twin.md"), atomically: true, encoding: .utf8)
        try "# not a lesson".write(to: folder.appendingPathComponent("README.md"), atomically: true, encoding: .utf8)
        let catalogue = ClaimCatalogue.parse("| id | says |\n|---|---|\n| CLI-S3-1 | mb |\n| CLI-S3-2 | sync |\n")
        let report = linter.lint(paths: [folder.path], catalogue: catalogue)
        #expect(report.files == 2)
        #expect(report.stepsChecked == 6)
        let twinPath = folder.appendingPathComponent("twin.md").path
        #expect(report.problems.map(\.description) == [
            "\(twinPath):2: lesson id 'demo-lesson' is already used by \(folder.appendingPathComponent("demo.md").path)",
            "\(twinPath):8: prerequisite 'nowhere' is not a lesson",
        ])
        #expect(report.uncoveredClaims.map(\.id) == ["CLI-S3-2"])
        #expect(report.summary == "2 lessons, 6 steps checked, 2 problems")
    }

    @Test func missingPathsAreProblems() {
        let report = linter.lint(paths: ["/nonexistent/lessons"])
        #expect(report.problems.map(\.description) == ["/nonexistent/lessons: no such file or folder"])
        #expect(report.summary == "0 lessons, 0 steps checked, 1 problem")
    }

    @Test func catalogueRowsAreClaims() {
        let text = """
            | id | the notes say | verdict |
            |---|---|---|
            | CLI-EC2-1 | The AWS CLI is for configuring. | loose |
            | SQS-22 | "Visiblity queue" | wrong |
            | CLI commands EC2 | 9 | 2 |
            | **total** | **138** | **77** |
            """
        let catalogue = ClaimCatalogue.parse(text)
        #expect(catalogue.claims == [
            ClaimCatalogue.Claim(id: "CLI-EC2-1", text: "The AWS CLI is for configuring.", line: 3),
            ClaimCatalogue.Claim(id: "SQS-22", text: "\"Visiblity queue\"", line: 4),
        ])
    }
}
