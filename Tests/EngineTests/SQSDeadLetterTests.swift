import Foundation
import Testing
@testable import Engine

@Suite("SQS dead-letter queues and message move tasks")
struct SQSDeadLetterTests {
    func redrive(_ arn: String, _ count: Int) -> String {
        #"{"deadLetterTargetArn":"\#(arn)","maxReceiveCount":\#(count)}"#
    }

    @Test("After maxReceiveCount receives without a delete, the next receive moves the message to the DLQ")
    func movesToDeadLetterQueue() throws {
        let h = SQSHarness()
        let dlq = try h.createQueue("orders-dlq")
        let dlqArn = "arn:aws:sqs:us-east-1:123456789012:orders-dlq"
        let url = try h.createQueue("orders", ["RedrivePolicy": redrive(dlqArn, 2)])
        let id = try h.send(url, "poison")["MessageId"]
        for _ in 0..<2 {
            #expect(try h.receive(url, wait: 1, visibility: 0).count == 1)
        }
        #expect(try h.receive(url, wait: 0, visibility: 0).isEmpty)
        #expect(try h.counts(url) == [0, 0, 0])
        #expect(try h.counts(dlq) == [1, 0, 0])
        let dead = try #require(try h.receive(dlq, wait: 1, ["AttributeNames": ["All"]]).first)
        #expect(dead["MessageId"] == id)
        #expect(dead["Body"] == "poison")
        #expect(dead["Attributes"]?["ApproximateReceiveCount"] == "3")
        #expect(dead["Attributes"]?["DeadLetterQueueSourceArn"] == "arn:aws:sqs:us-east-1:123456789012:orders")
        #expect(try h.attributes(url, ["RedrivePolicy"]) == ["RedrivePolicy": redrive(dlqArn, 2)])
    }

    @Test("FIFO dead-letter queues keep the group and order")
    func fifoDeadLetter() throws {
        let h = SQSHarness()
        let dlq = try h.createQueue("d.fifo", ["FifoQueue": "true"])
        let url = try h.createQueue("s.fifo", ["FifoQueue": "true", "ContentBasedDeduplication": "true",
                                               "RedrivePolicy": redrive("arn:aws:sqs:us-east-1:123456789012:d.fifo", 1)])
        try h.send(url, "first", ["MessageGroupId": "g"])
        try h.send(url, "second", ["MessageGroupId": "g"])
        #expect(try h.receive(url, max: 1, wait: 0, visibility: 0).map { $0["Body"] } == ["first"])
        // "first" goes to the DLQ; "second" is delivered in its place.
        #expect(try h.receive(url, max: 1, wait: 0, visibility: 0).map { $0["Body"] } == ["second"])
        let dead = try h.receive(dlq, max: 10, wait: 0, ["AttributeNames": ["MessageGroupId"]])
        #expect(dead.map { $0["Body"] } == ["first"])
        #expect(dead.first?["Attributes"] == ["MessageGroupId": "g"])
    }

    @Test("RedrivePolicy checks: JSON, mandatory members, ranges, target, type, allow policy")
    func redriveChecks() throws {
        let h = SQSHarness()
        try h.createQueue("dlq")
        try h.createQueue("dlq.fifo", ["FifoQueue": "true"])
        let good = "arn:aws:sqs:us-east-1:123456789012:dlq"
        func set(_ name: String, _ policy: String) throws { try h.createQueue(name, ["RedrivePolicy": policy]) }
        expectAWSError("InvalidParameterValue", "Invalid value for the parameter RedrivePolicy. Reason: Redrive policy is not a valid JSON map.") {
            try set("a", "nope")
        }
        let extra = #"{"deadLetterTargetArn":"\#(good)","maxReceiveCount":3,"other":1}"#
        expectAWSError("InvalidParameterValue", "Value \(extra) for parameter RedrivePolicy is invalid. Reason: "
                       + "Only following attributes are supported: [maxReceiveCount, deadLetterTargetArn].") { try set("a", extra) }
        expectAWSError("InvalidParameterValue", "Invalid value for the parameter RedriveAllowPolicy. Reason: Redrive allow policy is not a valid JSON map.") {
            try h.createQueue("b", ["RedriveAllowPolicy": "[]"])
        }
        let extraAllow = #"{"redrivePermission":"allowAll","x":1}"#
        expectAWSError("InvalidParameterValue", "Value \(extraAllow) for parameter RedriveAllowPolicy is invalid. Reason: "
                       + "Only following attributes are supported: [redrivePermission, sourceQueueArns].") {
            try h.createQueue("b", ["RedriveAllowPolicy": extraAllow])
        }
        let noCount = #"{"deadLetterTargetArn":"\#(good)"}"#
        expectAWSError("InvalidParameterValue", "Value \(noCount) for parameter RedrivePolicy is invalid. Reason: "
                       + "Redrive policy does not contain mandatory attribute: maxReceiveCount.") { try set("a", noCount) }
        let zero = redrive(good, 0)
        expectAWSError("InvalidParameterValue", "Value \(zero) for parameter RedrivePolicy is invalid. Reason: "
                       + "Invalid value for maxReceiveCount: 0, valid values are from 1 to 1000 both inclusive.") { try set("a", zero) }
        let dummy = #"{"deadLetterTargetArn": "dummy", "maxReceiveCount": 42}"#
        expectAWSError("InvalidParameterValue", "Value \(dummy) for parameter RedrivePolicy is invalid. Reason: "
                       + "Invalid value for deadLetterTargetArn.") { try set("a", dummy) }
        expectAWSError("InvalidParameterValue", "Value \(redrive(good + "x", 3)) for parameter RedrivePolicy is invalid. "
                       + "Reason: Dead letter target does not exist.") { try set("a", redrive(good + "x", 3)) }
        expectAWSError("InvalidParameterValue", "Value \(redrive(good + ".fifo", 3)) for parameter RedrivePolicy is invalid. "
                       + "Reason: Dead-letter queue must be the same type of queue as the source.") {
            try set("a", redrive(good + ".fifo", 3))
        }
        // String counts are accepted, and normalised.
        let url = try h.createQueue("b", ["RedrivePolicy": #"{"deadLetterTargetArn":"\#(good)","maxReceiveCount":"5"}"#])
        #expect(try h.attributes(url, ["RedrivePolicy"])["RedrivePolicy"] == redrive(good, 5))
        // An empty policy removes it.
        try h.call("SetQueueAttributes", ["QueueUrl": .string(url), "Attributes": ["RedrivePolicy": ""]])
        #expect(try h.attributes(url, ["RedrivePolicy"]).isEmpty)
    }

    @Test("RedriveAllowPolicy decides which sources may use a dead-letter queue")
    func allowPolicy() throws {
        let h = SQSHarness()
        let dlqArn = "arn:aws:sqs:us-east-1:123456789012:guarded"
        let dlq = try h.createQueue("guarded", ["RedriveAllowPolicy": #"{"redrivePermission":"denyAll"}"#])
        expectAWSError("InvalidParameterValue") { try h.createQueue("src", ["RedrivePolicy": redrive(dlqArn, 3)]) }
        try h.call("SetQueueAttributes", ["QueueUrl": .string(dlq), "Attributes": ["RedriveAllowPolicy":
            #"{"redrivePermission":"byQueue","sourceQueueArns":["arn:aws:sqs:us-east-1:123456789012:src"]}"#]])
        try h.createQueue("src", ["RedrivePolicy": redrive(dlqArn, 3)])
        expectAWSError("InvalidParameterValue") { try h.createQueue("other", ["RedrivePolicy": redrive(dlqArn, 3)]) }
        expectAWSError("InvalidParameterValue") {
            try h.call("SetQueueAttributes", ["QueueUrl": .string(dlq), "Attributes": ["RedriveAllowPolicy": #"{"redrivePermission":"byQueue"}"#]])
        }
        expectAWSError("InvalidParameterValue") {
            try h.call("SetQueueAttributes", ["QueueUrl": .string(dlq), "Attributes": ["RedriveAllowPolicy": #"{"redrivePermission":"some"}"#]])
        }
        #expect(try h.attributes(dlq, ["RedriveAllowPolicy"])["RedriveAllowPolicy"] ==
                #"{"redrivePermission":"byQueue","sourceQueueArns":["arn:aws:sqs:us-east-1:123456789012:src"]}"#)
    }

    @Test("ListDeadLetterSourceQueues lists the queues that redrive into a queue")
    func sourceQueues() throws {
        let h = SQSHarness()
        let dlq = try h.createQueue("dlq")
        #expect(try h.call("ListDeadLetterSourceQueues", ["QueueUrl": .string(dlq)]) == ["queueUrls": []])
        for name in ["c", "a", "b"] {
            try h.createQueue(name, ["RedrivePolicy": redrive("arn:aws:sqs:us-east-1:123456789012:dlq", 5)])
        }
        try h.createQueue("unrelated")
        let all = try h.call("ListDeadLetterSourceQueues", ["QueueUrl": .string(dlq)])
        #expect(all["queueUrls"]?.arrayValue?.compactMap { $0.stringValue?.split(separator: "/").last.map(String.init) } == ["a", "b", "c"])
        let page = try h.call("ListDeadLetterSourceQueues", ["QueueUrl": .string(dlq), "MaxResults": 2])
        #expect(page["queueUrls"]?.arrayValue?.count == 2)
        let rest = try h.call("ListDeadLetterSourceQueues", ["QueueUrl": .string(dlq), "MaxResults": 2,
                                                             "NextToken": page["NextToken"] ?? ""])
        #expect(rest["queueUrls"]?.arrayValue?.count == 1)
    }

    /// A source queue, its DLQ holding `count` dead messages, and their ARNs.
    func deadMessages(_ h: SQSHarness, count: Int) throws -> (source: String, dlq: String, dlqArn: String) {
        let dlq = try h.createQueue("dlq")
        let dlqArn = "arn:aws:sqs:us-east-1:123456789012:dlq"
        let source = try h.createQueue("work", ["RedrivePolicy": redrive(dlqArn, 1)])
        for i in 0..<count { try h.send(source, "message-\(i)") }
        for _ in 0..<20 where try h.counts(dlq)[0] < count {
            _ = try h.receive(source, max: 10, wait: 1, visibility: 0)
        }
        #expect(try h.counts(dlq)[0] == count)
        return (source, dlq, dlqArn)
    }

    @Test("A move task without a rate sends every message back to its source queue at once")
    func moveBack() throws {
        let h = SQSHarness()
        let (source, dlq, dlqArn) = try deadMessages(h, count: 3)
        let handle = try h.call("StartMessageMoveTask", ["SourceArn": .string(dlqArn)])["TaskHandle"]?.stringValue ?? ""
        let decoded = try #require(Data(base64Encoded: handle).flatMap { try? JSONParser.parse($0) })
        #expect(decoded["sourceArn"] == .string(dlqArn))
        #expect(try h.counts(dlq) == [0, 0, 0])
        #expect(try h.counts(source) == [3, 0, 0])
        let back = try h.receive(source, max: 10, wait: 1, ["AttributeNames": ["ApproximateReceiveCount"]])
        #expect(Set(back.compactMap { $0["Body"]?.stringValue }) == ["message-0", "message-1", "message-2"])
        #expect(back.allSatisfy { $0["Attributes"]?["ApproximateReceiveCount"] == "1" })
        let listed = try h.call("ListMessageMoveTasks", ["SourceArn": .string(dlqArn)])
        #expect(listed["Results"]?[0]?["Status"] == "COMPLETED")
        #expect(listed["Results"]?[0]?["ApproximateNumberOfMessagesMoved"] == 3)
        #expect(listed["Results"]?[0]?["ApproximateNumberOfMessagesToMove"] == 3)
        #expect(listed["Results"]?[0]?["TaskHandle"] == nil)
        #expect(listed["Results"]?[0]?["StartedTimestamp"] == .int(Int(h.now * 1000)))
    }

    @Test("With a rate the task moves on the virtual clock, can be cancelled, and is listed newest first")
    func rateAndCancel() throws {
        let h = SQSHarness()
        let (_, dlq, dlqArn) = try deadMessages(h, count: 5)
        let target = try h.createQueue("target")
        let targetArn = "arn:aws:sqs:us-east-1:123456789012:target"
        let handle = try h.call("StartMessageMoveTask", ["SourceArn": .string(dlqArn), "DestinationArn": .string(targetArn),
                                                          "MaxNumberOfMessagesPerSecond": 1])["TaskHandle"] ?? ""
        #expect(try h.counts(target) == [1, 0, 0])
        expectAWSError("InvalidParameterValue", "There is already a task running. Only one active task is allowed for a "
                       + "source queue arn at a given time.") {
            try h.call("StartMessageMoveTask", ["SourceArn": .string(dlqArn)])
        }
        h.advance(2)
        #expect(try h.counts(target) == [3, 0, 0])
        let running = try h.call("ListMessageMoveTasks", ["SourceArn": .string(dlqArn)])
        #expect(running["Results"]?[0]?["Status"] == "RUNNING")
        #expect(running["Results"]?[0]?["TaskHandle"] == handle)
        #expect(running["Results"]?[0]?["DestinationArn"] == .string(targetArn))
        #expect(running["Results"]?[0]?["MaxNumberOfMessagesPerSecond"] == 1)
        #expect(try h.call("CancelMessageMoveTask", ["TaskHandle": handle]) == ["ApproximateNumberOfMessagesMoved": 3])
        h.advance(10)
        #expect(try h.counts(target) == [3, 0, 0])
        #expect(try h.counts(dlq) == [2, 0, 0])
        #expect(try h.call("ListMessageMoveTasks", ["SourceArn": .string(dlqArn)])["Results"]?[0]?["Status"] == "CANCELLED")
        try h.call("StartMessageMoveTask", ["SourceArn": .string(dlqArn), "DestinationArn": .string(targetArn)])
        let both = try h.call("ListMessageMoveTasks", ["SourceArn": .string(dlqArn), "MaxResults": 10])
        #expect(both["Results"]?.arrayValue?.compactMap { $0["Status"]?.stringValue } == ["COMPLETED", "CANCELLED"])
        #expect(try h.counts(target) == [5, 0, 0])
    }

    @Test("A long poll waits for a move task to bring a message")
    func longPollSeesMoves() throws {
        let h = SQSHarness()
        let (_, _, dlqArn) = try deadMessages(h, count: 2)
        let target = try h.createQueue("target")
        try h.call("StartMessageMoveTask", ["SourceArn": .string(dlqArn), "DestinationArn": "arn:aws:sqs:us-east-1:123456789012:target",
                                            "MaxNumberOfMessagesPerSecond": 1])
        #expect(try h.receive(target, max: 10, wait: 1, visibility: 300).count == 1)
        let start = h.now
        #expect(try h.receive(target, max: 10, wait: 20).count == 1)
        #expect(h.now == start + 1)
    }

    @Test("Move task errors, as AWS words them")
    func moveTaskErrors() throws {
        let h = SQSHarness()
        try h.createQueue("plain")
        let plainArn = "arn:aws:sqs:us-east-1:123456789012:plain"
        expectAWSError("ResourceNotFoundException", "The resource that you specified for the SourceArn parameter doesn't exist.", status: 404) {
            try h.call("StartMessageMoveTask", ["SourceArn": "arn:aws:sqs:us-east-1:123456789012:missing"])
        }
        expectAWSError("InvalidParameterValue", "Source queue must be configured as a Dead Letter Queue.") {
            try h.call("StartMessageMoveTask", ["SourceArn": .string(plainArn)])
        }
        let (_, _, dlqArn) = try deadMessages(h, count: 1)
        expectAWSError("ResourceNotFoundException", "The resource that you specified for the DestinationArn parameter doesn't exist.") {
            try h.call("StartMessageMoveTask", ["SourceArn": .string(dlqArn), "DestinationArn": .string(plainArn + "doesntexist")])
        }
        expectAWSError("InvalidParameterValue") {
            try h.call("StartMessageMoveTask", ["SourceArn": .string(dlqArn), "MaxNumberOfMessagesPerSecond": 501])
        }
        expectAWSError("InvalidParameterValue", "Value for parameter TaskHandle is invalid.") {
            try h.call("CancelMessageMoveTask", ["TaskHandle": "foobared"])
        }
        let missingSource = Data(#"{"taskId":"10f57157-fc38-4da9-a113-4de7e12d05dd","sourceArn":"arn:aws:sqs:us-east-1:123456789012:gone"}"#.utf8)
        expectAWSError("ResourceNotFoundException", "The resource that you specified for the SourceArn parameter doesn't exist.") {
            try h.call("CancelMessageMoveTask", ["TaskHandle": .string(missingSource.base64EncodedString())])
        }
        let unknownTask = Data(#"{"taskId":"10f57157-fc38-4da9-a113-4de7e12d05aa","sourceArn":"\#(plainArn)"}"#.utf8)
        expectAWSError("ResourceNotFoundException", "Task does not exist.") {
            try h.call("CancelMessageMoveTask", ["TaskHandle": .string(unknownTask.base64EncodedString())])
        }
        expectAWSError("InvalidParameterValue", "Value 11 for parameter MaxResults is invalid.") {
            try h.call("ListMessageMoveTasks", ["SourceArn": .string(dlqArn), "MaxResults": 11])
        }
        #expect(try h.call("ListMessageMoveTasks", ["SourceArn": .string(dlqArn)]) == .emptyObject)
    }

    @Test("A task whose destination disappears fails")
    func destinationDeleted() throws {
        let h = SQSHarness()
        let (_, _, dlqArn) = try deadMessages(h, count: 3)
        let target = try h.createQueue("target")
        try h.call("StartMessageMoveTask", ["SourceArn": .string(dlqArn), "DestinationArn": "arn:aws:sqs:us-east-1:123456789012:target",
                                            "MaxNumberOfMessagesPerSecond": 1])
        try h.call("DeleteQueue", ["QueueUrl": .string(target)])
        h.advance(5)
        let task = try h.call("ListMessageMoveTasks", ["SourceArn": .string(dlqArn)])["Results"]?[0]
        #expect(task?["Status"] == "FAILED")
        #expect(task?["FailureReason"] == "AWS.SimpleQueueService.NonExistentQueue")
        #expect(task?["ApproximateNumberOfMessagesMoved"] == 1)
    }
}
