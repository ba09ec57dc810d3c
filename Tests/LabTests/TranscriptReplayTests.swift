import Engine
import Foundation
import Testing
@testable import Lab

/// What a learner does in the REPL besides commands reaches the transcript, so that
/// `lab grade` replays the same lesson: `/fault` as `#@ fault`, `/wait` and the time the
/// learner took between commands as `#@ sleep`.
@Suite struct TranscriptReplayTests {
    static let faultLesson = """
        ---
        id: fault-demo
        title: Fault demo
        ---
        # Fault demo

        ```setup
        aws sqs create-queue --queue-name lab-demo
        aws sqs send-message --queue-url "$(aws sqs get-queue-url --queue-name lab-demo --query QueueUrl --output text)" --message-body hello
        ```

        ## Step: The message comes back {#comes-back}

        ```check
        last-command:
          command-matches: "receive-message"
          stdout-matches: "hello"
        ```

        ```solution
        D=$(aws sqs get-queue-url --queue-name lab-demo --query QueueUrl --output text)
        #@ fault sqs-duplicate $D
        H=$(aws sqs receive-message --queue-url "$D" --wait-time-seconds 5 --query 'Messages[0].ReceiptHandle' --output text)
        aws sqs delete-message --queue-url "$D" --receipt-handle "$H"
        sleep 31
        aws sqs receive-message --queue-url "$D" --wait-time-seconds 5
        ```

        ```wrong
        echo no
        ```
        """

    static let waitLesson = """
        ---
        id: wait-demo
        title: Wait demo
        ---
        # Wait demo

        ```setup
        aws sqs create-queue --queue-name lab-wait
        aws sqs send-message --queue-url "$(aws sqs get-queue-url --queue-name lab-wait --query QueueUrl --output text)" --message-body hello
        ```

        ## Step: Visible again {#visible-again}

        ```check
        all:
          - history: "receive-message"
          - cloud: aws sqs get-queue-attributes --queue-url https://sqs.amazonaws.com/123456789012/lab-wait --attribute-names All
            query: "Attributes.ApproximateNumberOfMessages == '1' && Attributes.ApproximateNumberOfMessagesNotVisible == '0'"
        ```

        ```solution
        aws sqs receive-message --queue-url "$(aws sqs get-queue-url --queue-name lab-wait --query QueueUrl --output text)" --wait-time-seconds 5
        sleep 31
        echo waited
        ```

        ```wrong
        echo no
        ```
        """

    /// What the scripted learner does next: type a line, or let wall time pass.
    enum Action {
        case type(String)
        case pass(Double)
    }

    final class WallClock {
        var now: Double = 1_800_000_000
    }

    final class ScriptedReader: LineReader {
        var actions: [Action]
        let wall: WallClock
        init(_ actions: [Action], wall: WallClock) {
            self.actions = actions
            self.wall = wall
        }
        func readLine(prompt: String, interrupted: inout Bool) -> String? {
            interrupted = false
            while !actions.isEmpty {
                switch actions.removeFirst() {
                case .type(let line): return line
                case .pass(let seconds): wall.now += seconds
                }
            }
            return nil
        }
        func remember(_ line: String) {}
        func close() {}
    }

    /// Runs the REPL over the actions; returns the guide, what it printed and the exported
    /// transcript.
    func play(_ lessonText: String, _ actions: [Action]) throws -> (guide: Guide, output: String, transcript: String, start: Double) {
        let lesson = try LessonParser.parse(text: lessonText, path: "demo.md")
        let wall = WallClock()
        let start = wall.now
        let guide = try Guide(catalogue: LessonCatalogue(lessons: [lesson]), store: nil) { _, saved in
            let cloud = saved ?? Cloud(seed: 1, start: start)
            return LabSession(cloud: cloud, fileSystem: Workspaces.memory(clock: { cloud.clock.now }))
        }
        var output = ""
        let repl = REPL(guide: guide, reader: ScriptedReader([.type("/start \(lesson.id)")] + actions, wall: wall),
                        wallClock: { wall.now }) { data, _ in output += String(decoding: data, as: UTF8.self) }
        _ = repl.run()
        let transcript = TranscriptScript.export(lessonId: lesson.id, entries: guide.progress.transcript)
        return (guide, output, transcript, start)
    }

    func score(_ lessonText: String, _ transcript: String) throws -> Int {
        Grader(lesson: try LessonParser.parse(text: lessonText, path: "demo.md")).grade(text: transcript, name: "t").score
    }

    @Test func aFaultFromTheREPLIsReplayedByTheGrader() throws {
        let (_, output, transcript, _) = try play(Self.faultLesson, [
            .type("D=$(aws sqs get-queue-url --queue-name lab-demo --query QueueUrl --output text)"),
            .type("/fault sqs-duplicate $D"),
            .type("H=$(aws sqs receive-message --queue-url \"$D\" --wait-time-seconds 5 --query 'Messages[0].ReceiptHandle' --output text)"),
            .type("aws sqs delete-message --queue-url \"$D\" --receipt-handle \"$H\""),
            .type("sleep 31"),
            .type("aws sqs receive-message --queue-url \"$D\" --wait-time-seconds 5"),
        ])
        #expect(output.contains("A server of lab-demo fails"))
        #expect(output.contains("Step complete: The message comes back"))
        #expect(transcript.contains("\n#@ fault sqs-duplicate $D 1\nH=$("))
        #expect(try score(Self.faultLesson, transcript) == 10)
        let withoutFault = transcript.replacingOccurrences(of: "#@ fault sqs-duplicate $D 1\n", with: "")
        #expect(try score(Self.faultLesson, withoutFault) == 0)
    }

    @Test func aFaultTheLabRefusesIsNotRecorded() throws {
        let (guide, output, transcript, _) = try play(Self.faultLesson, [.type("/fault sqs-duplicate no-such-queue")])
        #expect(output.contains("lab: /fault: there is no queue named no-such-queue in us-east-1"))
        #expect(!guide.progress.transcript.contains { $0.kind == .fault })
        #expect(!transcript.contains("#@ fault"))
    }

    @Test func timeTheLearnerTookIsReplayedByTheGrader() throws {
        let (_, output, transcript, _) = try play(Self.waitLesson, [
            .type("aws sqs receive-message --queue-url \"$(aws sqs get-queue-url --queue-name lab-wait --query QueueUrl --output text)\" --wait-time-seconds 5"),
            .pass(40),
            .type("echo waited"),
        ])
        #expect(output.contains("Step complete: Visible again"))
        #expect(transcript.contains("\n#@ sleep 39.9"))
        #expect(try score(Self.waitLesson, transcript) == 10)
        let lines = transcript.split(separator: "\n").filter { !$0.hasPrefix("#@ sleep") }.joined(separator: "\n")
        #expect(try score(Self.waitLesson, lines) == 0)
    }

    @Test func waitMovesTheClockWhichThenKeepsFollowingWallTime() throws {
        let (guide, output, transcript, start) = try play(Self.waitLesson, [
            .type("aws sqs receive-message --queue-url \"$(aws sqs get-queue-url --queue-name lab-wait --query QueueUrl --output text)\" --wait-time-seconds 5"),
            .type("/wait 31"),
            .pass(10),
            .type("echo waited"),
        ])
        #expect(output.contains("The lab's clock moved 31 seconds forward."))
        #expect(output.contains("Step complete: Visible again"))
        let elapsed = guide.session.cloud.clock.now - start
        #expect(elapsed > 41 && elapsed < 42, "\(elapsed)")
        // The 31 seconds of /wait and the 10 the learner took make one wait.
        #expect(transcript.contains("\n#@ sleep 40.9"))
        #expect(try score(Self.waitLesson, transcript) == 10)
    }

    static let regionLesson = """
        ---
        id: region-demo
        title: Region demo
        ---
        # Region demo

        ## Step: A queue {#a-queue}

        ```check
        cloud: aws sqs get-queue-attributes --queue-url https://sqs.amazonaws.com/123456789012/lab-region --attribute-names All
        query: "Attributes.ApproximateNumberOfMessages == '1'"
        ```

        ```solution
        aws sqs create-queue --queue-name lab-region
        aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/lab-region --message-body hi
        ```

        ```wrong
        aws sqs create-queue --queue-name lab-region
        ```
        """

    @Test func theLearnersRegionIsRecordedAndReplayed() throws {
        let lesson = try LessonParser.parse(text: Self.regionLesson, path: "demo.md")
        let guide = try Guide(catalogue: LessonCatalogue(lessons: [lesson]), store: nil) { _, saved in
            let cloud = saved ?? Cloud(seed: 1)
            return LabSession(cloud: cloud, fileSystem: Workspaces.memory(clock: { cloud.clock.now }))
        }
        guide.session.configuration.set("region", "eu-west-1", profile: "default")
        _ = guide.verb("/start region-demo")
        // The learner pastes the URL create-queue printed for their region.
        for line in ["aws sqs create-queue --queue-name lab-region",
                     "aws sqs send-message --queue-url https://sqs.eu-west-1.amazonaws.com/123456789012/lab-region --message-body hi"] {
            let record = guide.session.run(scriptLine: ScriptLine(line: 1, command: line))
            #expect(record.exitCode == 0, "\(line)")
            _ = guide.afterCommand(record)
        }
        #expect(guide.progress.step("a-queue").completed)
        let transcript = TranscriptScript.export(lessonId: "region-demo", entries: guide.progress.transcript)
        #expect(transcript.hasPrefix("# lab transcript\n#@lab lesson region-demo\n#@lab step a-queue\n#@lab region eu-west-1\n"))
        #expect(try score(Self.regionLesson, transcript) == 10)
        // Replayed in the default region, the pasted eu-west-1 URL names a queue that is not there.
        #expect(try score(Self.regionLesson, transcript.replacingOccurrences(of: "#@lab region eu-west-1\n", with: "")) == 0)
        #expect(SubmissionParser.parse("#@lab region ap-south-1\n") == [.region(name: "ap-south-1", line: 1)])
        // Opening the lesson again in the same region adds no second line.
        _ = guide.verb("/leave")
        _ = guide.verb("/start region-demo")
        #expect(guide.progress.transcript.filter { $0.kind == .region }.count <= 1)
    }

    @Test func shortMovesAreGatheredUntilTheyMakeASecond() throws {
        let lesson = try LessonParser.parse(text: Self.waitLesson, path: "demo.md")
        let guide = try Guide(catalogue: LessonCatalogue(lessons: [lesson]), store: nil) { _, saved in
            let cloud = saved ?? Cloud(seed: 1)
            return LabSession(cloud: cloud, fileSystem: Workspaces.memory(clock: { cloud.clock.now }))
        }
        _ = guide.verb("/start wait-demo")
        let waits = { guide.progress.transcript.filter { $0.kind == .wait }.map(\.text) }
        guide.clockMoved(by: 0.5)
        guide.clockMoved(by: 0.25)
        #expect(waits() == [])
        guide.clockMoved(by: 0.5)
        #expect(waits() == ["1.25"])
        guide.clockMoved(by: 2)
        #expect(waits() == ["3.25"])
        guide.clockMoved(by: -1)
        #expect(waits() == ["3.25"])
    }

    @Test func aSolutionShowsDirectivesAsTheVerbsToType() throws {
        let lesson = try LessonParser.parse(text: Self.faultLesson, path: "demo.md")
        let guide = try Guide(catalogue: LessonCatalogue(lessons: [lesson]), store: nil) { _, saved in
            let cloud = saved ?? Cloud(seed: 1)
            return LabSession(cloud: cloud, fileSystem: Workspaces.memory(clock: { cloud.clock.now }))
        }
        _ = guide.verb("/start fault-demo")
        let shown = guide.verb("/solution yes").0
        #expect(shown.contains("\n  /fault sqs-duplicate $D\n"))
        #expect(!shown.contains("#@"))
        #expect(Guide.asTyped("echo a\n  #@ sleep 31\n#@ note") == "echo a\n/wait 31\n#@ note")
    }

    @Test func blankLinesLeftByHiddenBlocksCollapse() {
        #expect(Guide.collapsingBlankLines("a\n\n\n\n  \nb\n\nc") == "a\n\nb\n\nc")
    }
}
