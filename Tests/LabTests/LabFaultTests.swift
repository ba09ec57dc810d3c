import Engine
import Foundation
import Testing
@testable import Lab

/// Lab faults: the words of `/fault` and `#@ fault`, the queue they name (URL, name or
/// variable), and what the injected fault does to a standard queue.
@Suite struct LabFaultTests {
    /// A session with a standard queue `q` holding one message, and `Q` set to its URL.
    func sessionWithQueue() throws -> LabHarness {
        let lab = LabHarness()
        _ = try lab.json("aws sqs create-queue --queue-name q")
        lab.run("Q=$(aws sqs get-queue-url --queue-name q --query QueueUrl --output text)")
        _ = try lab.json("aws sqs send-message --queue-url \"$Q\" --message-body hello")
        return lab
    }

    func pending(_ lab: LabHarness, queue: String = "q", region: String = "us-east-1") -> Int {
        lab.cloud.service(SQSService.self).pendingDuplicateFaults(
            queueUrl: "https://sqs.\(region).amazonaws.com/123456789012/\(queue)", cloud: lab.cloud, region: region)
    }

    @Test func wordsAreReadWithACountOfOneByDefault() throws {
        #expect(try LabFault(words: ["sqs-duplicate", "q"]) == LabFault(kind: .sqsDuplicate, target: "q", count: 1))
        #expect(try LabFault(words: ["sqs-duplicate", "$Q", "3"]).count == 3)
        #expect(try LabFault(words: ["sqs-duplicate", "q"]).words == ["sqs-duplicate", "q", "1"])
    }

    @Test(arguments: [[], ["sqs-duplicate"], ["disk-full", "q"], ["sqs-duplicate", "q", "0"],
                      ["sqs-duplicate", "q", "two"], ["sqs-duplicate", "q", "1", "extra"]])
    func badWordsAreRefused(words: [String]) {
        #expect(throws: LabFaultError.self) { try LabFault(words: words) }
    }

    @Test func aQueueIsFoundByNameURLOrVariable() throws {
        let lab = try sessionWithQueue()
        let said = try LabFault(words: ["sqs-duplicate", "q"]).inject(into: lab.session)
        #expect(said == "A server of q fails: the next message you delete will be delivered once more.\n")
        try LabFault(words: ["sqs-duplicate", "https://sqs.us-east-1.amazonaws.com/123456789012/q", "2"]).inject(into: lab.session)
        try LabFault(words: ["sqs-duplicate", "$Q"]).inject(into: lab.session)
        try LabFault(words: ["sqs-duplicate", "\"${Q}\""]).inject(into: lab.session)
        #expect(pending(lab) == 5)
    }

    @Test func aNameIsLookedUpInTheConfiguredRegion() throws {
        let lab = LabHarness()
        lab.run("aws configure set region eu-west-1")
        _ = try lab.json("aws sqs create-queue --queue-name q")
        try LabFault(words: ["sqs-duplicate", "q"]).inject(into: lab.session)
        #expect(pending(lab, region: "eu-west-1") == 1)
        lab.run("AWS_DEFAULT_REGION=us-east-1")
        #expect(throws: LabFaultError("there is no queue named q in us-east-1")) {
            try LabFault(words: ["sqs-duplicate", "q"]).inject(into: lab.session)
        }
    }

    @Test func unsetVariablesMissingQueuesAndFifoQueuesAreRefused() throws {
        let lab = try sessionWithQueue()
        _ = try lab.json("aws sqs create-queue --queue-name f.fifo --attributes FifoQueue=true")
        #expect(throws: LabFaultError.self) { try LabFault(words: ["sqs-duplicate", "$NOPE"]).inject(into: lab.session) }
        #expect(throws: LabFaultError("there is no queue named nope in us-east-1")) {
            try LabFault(words: ["sqs-duplicate", "nope"]).inject(into: lab.session)
        }
        do {
            try LabFault(words: ["sqs-duplicate", "f.fifo"]).inject(into: lab.session)
            Issue.record("a FIFO queue took the fault")
        } catch {
            #expect(error.description.contains("FIFO queues deliver each message exactly once"))
        }
        #expect(pending(lab) == 0)
    }

    /// The behaviour the SQS lesson shows: after the fault, a deleted message comes back
    /// once its visibility timeout is over; without it, it is gone.
    @Test(arguments: [true, false])
    func aFaultyDeleteLetsTheMessageComeBack(faulty: Bool) throws {
        let lab = try sessionWithQueue()
        let script = """
            \(faulty ? "#@ fault sqs-duplicate $Q" : "# no fault")
            H=$(aws sqs receive-message --queue-url "$Q" --wait-time-seconds 5 --query 'Messages[0].ReceiptHandle' --output text)
            aws sqs delete-message --queue-url "$Q" --receipt-handle "$H"
            #@ sleep 31
            aws sqs receive-message --queue-url "$Q" --wait-time-seconds 5 --query 'Messages[0].Body' --output text
            """
        let records = ScriptRunner(session: lab.session).run(script)
        #expect(records.map(\.exitCode) == [0, 0, 0])
        #expect(records.last?.stdout == (faulty ? "hello\n" : "None\n"))
    }

    @Test func aFaultThatCannotBeInjectedIsReportedBeforeTheNextCommandsOwnErrors() {
        let lab = LabHarness()
        let records = ScriptRunner(session: lab.session).run("#@ fault sqs-duplicate nope\necho after\n")
        #expect(records.count == 1)
        #expect(records[0].stdout == "after\n")
        #expect(records[0].stderr == "lab: #@ fault sqs-duplicate nope: there is no queue named nope in us-east-1\n")
    }

    @Test func lintReportsASetupFaultThatFails() {
        let text = """
            ---
            id: fault-lint
            title: Fault lint
            ---
            # Fault lint

            ```setup
            #@ fault sqs-duplicate missing-queue
            echo set up
            ```

            ## Step: Make a bucket {#make-bucket}

            ```check
            cloud: aws s3api list-buckets
            query: "length(Buckets[?Name=='fault-lint-bucket']) == `1`"
            ```

            ```solution
            aws s3 mb s3://fault-lint-bucket
            ```

            ```wrong
            aws s3 mb s3://other-bucket
            ```
            """
        let (_, problems) = LessonLinter().lint(text: text, path: "fault-lint.md")
        #expect(problems.map(\.message) == [
            "setup directive failed: lab: #@ fault sqs-duplicate missing-queue: there is no queue named missing-queue in us-east-1",
        ])
    }
}
