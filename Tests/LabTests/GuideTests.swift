import Engine
import Foundation
import Testing
@testable import Lab

/// The guided lab: steps complete after commands, hints and solutions are counted, quizzes
/// are answered, and progress survives a crash.
@Suite struct GuideTests {
    final class Fixture {
        let state: String
        let catalogue: LessonCatalogue
        init() throws {
            state = NSTemporaryDirectory() + "lab-guide-\(UUID().uuidString)"
            catalogue = LessonCatalogue(lessons: [try LessonParser.parse(text: LessonFixtures.good, path: "demo.md")])
        }
        deinit { try? FileManager.default.removeItem(atPath: state) }

        /// A guide as the interactive lab makes it: a disk workspace a lesson, saved progress.
        func guide() throws -> Guide {
            let root = state + "/workspace"
            return try Guide(catalogue: catalogue, store: ProgressStore(stateDirectory: state)) { id, saved in
                let cloud = saved ?? Cloud(seed: 1)
                return LabSession(cloud: cloud, fileSystem: try Workspaces.disk(root + "/" + id, clock: { cloud.clock.now }))
            }
        }
    }

    /// Runs a command as the REPL does and returns what the guide says after it.
    @discardableResult
    func command(_ guide: Guide, _ line: String) -> String {
        let r = guide.session.run(line)
        return guide.afterCommand(ScriptRecord(line: 0, command: line, exitCode: r.exitCode,
                                               stdout: String(decoding: r.stdout, as: UTF8.self),
                                               stderr: String(decoding: r.stderr, as: UTF8.self)))
    }

    @Test func aStepCompletesAfterTheRightCommandOnly() throws {
        let f = try Fixture()
        let guide = try f.guide()
        let (intro, _) = guide.verb("/start demo-lesson")
        #expect(intro.contains("Step 1 of 3: Make a bucket"))
        #expect(guide.prompt == "[demo-lesson 1/3] $ ")
        #expect(command(guide, "aws s3api create-bucket --bucket lab-demo-bucket-2") == "")
        #expect(guide.verb("/check").0 == "Not yet: There is no bucket named lab-demo-bucket-1 yet.\n")
        let said = command(guide, "aws s3api create-bucket --bucket lab-demo-bucket-1")
        #expect(said.contains("Step complete: Make a bucket (+20 points)"))
        #expect(said.contains("Buckets hold objects."))
        #expect(said.contains("Step 2 of 3: Who am I"))
        #expect(guide.prompt == "[demo-lesson 2/3] $ ")
        // The lesson setup ran in the lesson's workspace.
        #expect(guide.session.run("cat greeting.txt").stdout == Data("hello\n".utf8))
    }

    @Test func theLessonListShowsWholeIdsInAColumn() throws {
        let long = LessonFixtures.good.replacingOccurrences(of: "id: demo-lesson", with: "id: a-rather-long-lesson-id")
        let catalogue = LessonCatalogue(lessons: [try LessonParser.parse(text: LessonFixtures.good, path: "demo.md"),
                                                  try LessonParser.parse(text: long, path: "long.md")])
        let guide = try Guide(catalogue: catalogue, store: nil) { _, saved in
            let cloud = saved ?? Cloud(seed: 1)
            return LabSession(cloud: cloud, fileSystem: Workspaces.memory(clock: { cloud.clock.now }))
        }
        let lines = guide.verb("/lessons").0.split(separator: "\n").map(String.init)
        let rows = lines.filter { $0.hasPrefix("  ") }
        #expect(rows.count == 2)
        #expect(rows.contains { $0.hasPrefix("  a-rather-long-lesson-id ") })
        #expect(rows.contains { $0.hasPrefix("  demo-lesson             ") })
    }

    @Test func hintsAreProgressiveAndSolutionsNeedConfirmation() throws {
        let f = try Fixture()
        let guide = try f.guide()
        _ = guide.verb("/start demo-lesson")
        #expect(guide.verb("/hint").0 == "Hint 1 of 2: `aws s3api create-bucket` makes a bucket.\n")
        #expect(guide.verb("/hint").0 == "Hint 2 of 2: Give it `--bucket lab-demo-bucket-1`.\n")
        #expect(guide.verb("/hint").0.hasPrefix("That was the last hint"))
        #expect(guide.verb("/solution").0.contains("/solution yes"))
        #expect(guide.progress.step("make-bucket").solutionRevealed == false)
        #expect(guide.verb("/solution yes").0 == "Solution:\n  aws s3api create-bucket --bucket lab-demo-bucket-1\n")
        #expect(guide.progress.step("make-bucket").hintsUsed == 2)
        #expect(guide.progress.step("make-bucket").solutionRevealed)
        #expect(guide.verb("/status").0.contains("2 hints used, 1 solutions shown"))
    }

    @Test func quizzesTakeAnswers() throws {
        let f = try Fixture()
        let guide = try f.guide()
        _ = guide.verb("/start demo-lesson")
        _ = guide.verb("/next")
        _ = guide.verb("/next")
        let quiz = try #require(guide.currentStep?.quiz)
        let wrong = quiz.choices.first { !quiz.answer.contains($0.key) }?.key ?? "z"
        #expect(guide.verb("/answer \(wrong)").0.hasPrefix("Not right"))
        #expect(guide.verb("/answer " + quiz.answer.joined(separator: " ")).0.contains("Step complete"))
        #expect(command(guide, "echo not a quiz answer").isEmpty)
        #expect(guide.verb("/answer x").0 == "This quiz is already answered.\n")
    }

    @Test func progressSurvivesACrashAndResumes() throws {
        let f = try Fixture()
        do {
            let guide = try f.guide()
            _ = guide.verb("/start demo-lesson")
            command(guide, "aws s3api create-bucket --bucket lab-demo-bucket-1")
            _ = guide.verb("/hint")
            // No orderly exit: the guide is simply dropped, as after kill -9.
        }
        let again = try f.guide()
        #expect(again.lesson?.id == "demo-lesson")
        #expect(again.progress.step("make-bucket").completed)
        #expect(again.progress.currentStep == 1)
        let buckets = try again.session.cloud.call("s3", "ListBuckets", region: "us-east-1")
        #expect(buckets.array("Buckets").compactMap { $0.string("Name") } == ["lab-demo-bucket-1"])
        #expect(again.session.run("cat greeting.txt").stdout == Data("hello\n".utf8))
    }

    @Test func aCorruptProgressFileIsSetAsideWithAMessage() throws {
        let f = try Fixture()
        do {
            let guide = try f.guide()
            _ = guide.verb("/start demo-lesson")
        }
        let file = f.state + "/lessons/demo-lesson/progress.json"
        try Data("{ not json".utf8).write(to: URL(fileURLWithPath: file))
        let again = try f.guide()
        #expect(again.notices.contains { $0.contains("could not be used") && $0.contains(".corrupt") })
        #expect(FileManager.default.fileExists(atPath: f.state + "/lessons/demo-lesson.corrupt/progress.json"))
        #expect(again.progress.currentStep == 0)
    }

    @Test func transcriptsReplayInLabRun() throws {
        let f = try Fixture()
        let guide = try f.guide()
        _ = guide.verb("/start demo-lesson")
        command(guide, "aws s3api create-bucket --bucket lab-demo-bucket-1")
        command(guide, "aws sts get-caller-identity")
        _ = guide.verb("/answer b")
        #expect(guide.verb("/transcript work.sh").0.contains("2 commands"))
        let text = String(decoding: try guide.session.fileSystem.read("work.sh"), as: UTF8.self)
        #expect(text.contains("#@lab lesson demo-lesson"))
        #expect(text.contains("aws s3api create-bucket --bucket lab-demo-bucket-1\n"))
        #expect(text.contains("#@lab answer key-pair-words b"))
        let replay = LabHarness()
        let records = ScriptRunner(session: replay.session).run(text)
        #expect(records.map(\.exitCode) == [0, 0])
    }

    @Test func unknownVerbsGetASuggestion() throws {
        let f = try Fixture()
        let guide = try f.guide()
        let (_, err) = guide.verb("/hnit")
        #expect(err == "lab: /hnit is not a lab verb. Did you mean /hint? Type /help for the list.\n")
        #expect(Guide.isVerb("/lessons"))
        #expect(!Guide.isVerb("aws s3 ls"))
    }

    @Test func resetLessonStartsAfresh() throws {
        let f = try Fixture()
        let guide = try f.guide()
        _ = guide.verb("/start demo-lesson")
        command(guide, "aws s3api create-bucket --bucket lab-demo-bucket-1")
        #expect(guide.verb("/reset lesson").0.contains("/reset lesson yes"))
        #expect(guide.progress.step("make-bucket").completed)
        #expect(guide.verb("/reset lesson yes").0.contains("Lesson reset"))
        #expect(!guide.progress.step("make-bucket").completed)
        let buckets = try guide.session.cloud.call("s3", "ListBuckets", region: "us-east-1")
        #expect(buckets.array("Buckets").isEmpty)
    }
}
