import Foundation
import Testing
@testable import Engine

@Suite("SQS FIFO queues")
struct SQSFifoQueueTests {
    func fifo(_ h: SQSHarness, _ name: String = "orders.fifo", _ extra: [String: String] = [:]) throws -> String {
        var attributes = ["FifoQueue": "true"]
        for (k, v) in extra { attributes[k] = v }
        return try h.createQueue(name, attributes)
    }

    @Test("A FIFO send needs a message group id and a deduplication id (or content-based deduplication)")
    func requiredIds() throws {
        let h = SQSHarness()
        let url = try fifo(h)
        expectAWSError("MissingParameter", "The request must contain the parameter MessageGroupId.") {
            try h.send(url, "x", ["MessageDeduplicationId": "d"])
        }
        expectAWSError("InvalidParameterValue", "The queue should either have ContentBasedDeduplication enabled or "
                       + "MessageDeduplicationId provided explicitly") {
            try h.send(url, "x", ["MessageGroupId": "g"])
        }
        expectAWSError("InvalidParameterValue", "The request must contain the parameter MessageGroupId.") {
            try h.call("SendMessageBatch", ["QueueUrl": .string(url), "Entries": [["Id": "a", "MessageBody": "x", "MessageDeduplicationId": "d"]]])
        }
        expectAWSError("InvalidParameterValue", "The queue should either have ContentBasedDeduplication enabled or "
                       + "MessageDeduplicationId provided explicitly") {
            try h.call("SendMessageBatch", ["QueueUrl": .string(url), "Entries": [["Id": "a", "MessageBody": "x", "MessageGroupId": "g"]]])
        }
        expectAWSError("InvalidParameterValue", "Value  for parameter MessageDeduplicationId is invalid. Reason: "
                       + "MessageDeduplicationId can only include alphanumeric and punctuation characters. 1 to 128 in length.") {
            try h.send(url, "x", ["MessageGroupId": "g", "MessageDeduplicationId": ""])
        }
    }

    @Test("A per-message delay is refused on FIFO queues; 0 is accepted and the queue delay applies")
    func noPerMessageDelay() throws {
        let h = SQSHarness()
        let url = try fifo(h, "delay.fifo", ["DelaySeconds": "10", "ContentBasedDeduplication": "true"])
        expectAWSError("InvalidParameterValue", "Value 5 for parameter DelaySeconds is invalid. Reason: "
                       + "The request include parameter that is not valid for this queue type.") {
            try h.send(url, "order-4", ["MessageGroupId": "g1", "DelaySeconds": 5])
        }
        try h.send(url, "order-5", ["MessageGroupId": "g1", "DelaySeconds": 0])
        #expect(try h.counts(url) == [0, 0, 1])
        #expect(try h.receive(url, wait: 0).isEmpty)
        let start = h.now
        #expect(try h.receive(url, wait: 20).first?["Body"] == "order-5")
        #expect(h.now == start + 10)
    }

    @Test("Explicit deduplication: the repeat succeeds with the first message's id and is not delivered")
    func explicitDedup() throws {
        let h = SQSHarness()
        let url = try fifo(h)
        let first = try h.send(url, "order-2", ["MessageGroupId": "g1", "MessageDeduplicationId": "d-2"])
        let retry = try h.send(url, "order-2-retry", ["MessageGroupId": "g1", "MessageDeduplicationId": "d-2"])
        #expect(retry["MessageId"] == first["MessageId"])
        #expect(retry["SequenceNumber"] == first["SequenceNumber"])
        #expect(retry["MD5OfMessageBody"] == "61f3b598b177d6f5000f852c4ac91a9c")
        #expect(try h.counts(url) == [1, 0, 0])
        let got = try h.receive(url, wait: 1, ["AttributeNames": ["MessageDeduplicationId"]])
        #expect(got.map { $0["Body"] } == ["order-2"])
        #expect(got.first?["Attributes"] == ["MessageDeduplicationId": "d-2"])
    }

    @Test("Content-based deduplication uses the SHA-256 of the body")
    func contentBasedDedup() throws {
        let h = SQSHarness()
        let url = try fifo(h, "conf-orders.fifo", ["ContentBasedDeduplication": "true"])
        let a = try h.send(url, "order-1", ["MessageGroupId": "g1"])
        let b = try h.send(url, "order-1", ["MessageGroupId": "g1"])
        #expect(a["MessageId"] == b["MessageId"])
        #expect(a["MD5OfMessageBody"] == "6e7f85a9d0fe9b5dfb504c6f2991d744")
        try h.send(url, "order-3", ["MessageGroupId": "g2"])
        let got = try h.receive(url, wait: 1, ["AttributeNames": ["MessageGroupId", "MessageDeduplicationId"]])
        #expect(got.map { $0["Body"] } == ["order-1", "order-3"])
        #expect(got.first?["Attributes"] == ["MessageDeduplicationId":
            "0bafe22156d2698c143b86040446d366ead863ba600d5c924f3d15c786ef4057", "MessageGroupId": "g1"])
    }

    @Test("Deduplication still applies after the first message was deleted, for 5 minutes, and not after")
    func dedupWindowAfterDelete() throws {
        let h = SQSHarness()
        let url = try fifo(h)
        let first = try h.send(url, "pay", ["MessageGroupId": "g", "MessageDeduplicationId": "p1"])
        let got = try #require(try h.receive(url, wait: 1).first)
        try h.delete(url, got["ReceiptHandle"])
        h.advance(299)
        let repeated = try h.send(url, "pay", ["MessageGroupId": "g", "MessageDeduplicationId": "p1"])
        #expect(repeated["MessageId"] == first["MessageId"])
        #expect(try h.counts(url) == [0, 0, 0])
        #expect(try h.receive(url, wait: 0).isEmpty)
        h.advance(1)
        let fresh = try h.send(url, "pay", ["MessageGroupId": "g", "MessageDeduplicationId": "p1"])
        #expect(fresh["MessageId"] != first["MessageId"])
        #expect(try h.receive(url, wait: 1).map { $0["MessageId"] } == [fresh["MessageId"]])
    }

    @Test("Deduplication scope: per queue by default, per message group in high-throughput mode")
    func dedupScope() throws {
        let h = SQSHarness()
        let queueScope = try fifo(h, "q.fifo")
        let a = try h.send(queueScope, "a", ["MessageGroupId": "g1", "MessageDeduplicationId": "same"])
        let b = try h.send(queueScope, "b", ["MessageGroupId": "g2", "MessageDeduplicationId": "same"])
        #expect(a["MessageId"] == b["MessageId"])
        let groupScope = try fifo(h, "g.fifo", ["DeduplicationScope": "messageGroup", "FifoThroughputLimit": "perMessageGroupId"])
        let c = try h.send(groupScope, "a", ["MessageGroupId": "g1", "MessageDeduplicationId": "same"])
        let d = try h.send(groupScope, "b", ["MessageGroupId": "g2", "MessageDeduplicationId": "same"])
        let e = try h.send(groupScope, "c", ["MessageGroupId": "g2", "MessageDeduplicationId": "same"])
        #expect(c["MessageId"] != d["MessageId"])
        #expect(d["MessageId"] == e["MessageId"])
        #expect(try h.counts(groupScope) == [2, 0, 0])
    }

    @Test("Strict order within a group; a group with a message in flight releases nothing behind it")
    func groupOrderAndBlocking() throws {
        let h = SQSHarness()
        let url = try fifo(h, "o.fifo", ["ContentBasedDeduplication": "true"])
        for body in ["A1", "B1", "A2", "B2", "A3"] {
            try h.send(url, body, ["MessageGroupId": .string(String(body.prefix(1)))])
        }
        let first = try h.receive(url, max: 1, wait: 0)
        #expect(first.map { $0["Body"] } == ["A1"])
        // A1 is in flight: group A is blocked, group B still flows.
        let second = try h.receive(url, max: 10, wait: 0)
        #expect(second.map { $0["Body"] } == ["B1", "B2"])
        #expect(try h.receive(url, max: 10, wait: 0).isEmpty)
        // Deleting A1 releases A2 and A3, in order.
        try h.delete(url, first.first?["ReceiptHandle"])
        #expect(try h.receive(url, max: 10, wait: 0).map { $0["Body"] } == ["A2", "A3"])
    }

    @Test("After the visibility timeout the same message comes back first, with its count raised")
    func redeliveryInOrder() throws {
        let h = SQSHarness()
        let url = try fifo(h, "r.fifo", ["ContentBasedDeduplication": "true"])
        try h.send(url, "1", ["MessageGroupId": "g"])
        try h.send(url, "2", ["MessageGroupId": "g"])
        let first = try h.receive(url, max: 1, wait: 0, visibility: 10)
        #expect(first.map { $0["Body"] } == ["1"])
        let start = h.now
        let again = try h.receive(url, max: 10, wait: 20, ["AttributeNames": ["ApproximateReceiveCount"]])
        #expect(h.now == start + 10)
        #expect(again.map { $0["Body"] } == ["1", "2"])
        #expect(again.first?["Attributes"] == ["ApproximateReceiveCount": "2"])
        #expect(again.first?["MessageId"] == first.first?["MessageId"])
    }

    @Test("Sequence numbers: 20 digits, increasing, not consecutive")
    func sequenceNumbers() throws {
        let h = SQSHarness()
        let url = try fifo(h, "s.fifo", ["ContentBasedDeduplication": "true"])
        var numbers: [String] = []
        for i in 0..<20 {
            numbers.append(try h.send(url, "m\(i)", ["MessageGroupId": .string("g\(i % 3)")])["SequenceNumber"]?.stringValue ?? "")
        }
        #expect(numbers.allSatisfy { $0.count == 20 && $0.allSatisfy(\.isNumber) })
        let values = numbers.compactMap { Decimal(string: $0) }
        #expect(values == values.sorted())
        #expect(Set(values).count == 20)
        #expect(zip(values, values.dropFirst()).contains { $1 - $0 > 1 })
        let got = try h.receive(url, max: 1, wait: 0, ["AttributeNames": ["SequenceNumber"]])
        #expect(got.first?["Attributes"]?["SequenceNumber"]?.stringValue == numbers[0])
    }

    @Test("A FIFO receipt handle expires with its visibility timeout")
    func handleExpiry() throws {
        let h = SQSHarness()
        let url = try fifo(h, "e.fifo", ["ContentBasedDeduplication": "true"])
        try h.send(url, "foobar", ["MessageGroupId": "g"])
        let got = try #require(try h.receive(url, wait: 0, visibility: 5).first)
        let handle = try #require(got["ReceiptHandle"]?.stringValue)
        h.advance(6)
        expectAWSError("InvalidParameterValue", "Value \(handle) for parameter ReceiptHandle is invalid. Reason: The receipt handle has expired.") {
            try h.delete(url, .string(handle))
        }
        expectAWSError("InvalidParameterValue", "Value \(handle) for parameter ReceiptHandle is invalid. Reason: The receipt handle has expired.") {
            try h.call("ChangeMessageVisibility", ["QueueUrl": .string(url), "ReceiptHandle": .string(handle), "VisibilityTimeout": 30])
        }
        // Extending the visibility keeps the handle valid past the original timeout.
        let next = try #require(try h.receive(url, wait: 0, visibility: 5).first)
        try h.call("ChangeMessageVisibility", ["QueueUrl": .string(url), "ReceiptHandle": next["ReceiptHandle"] ?? "", "VisibilityTimeout": 60])
        h.advance(30)
        try h.delete(url, next["ReceiptHandle"])
        #expect(try h.counts(url) == [0, 0, 0])
        // The message is gone: deleting with any of its handles is a quiet success.
        try h.delete(url, .string(handle))
    }

    @Test("ReceiveRequestAttemptId: a retry returns the same messages and handles, until one changes")
    func receiveAttempts() throws {
        let h = SQSHarness()
        let url = try fifo(h, "a.fifo", ["ContentBasedDeduplication": "true"])
        for i in 0..<3 { try h.send(url, "m\(i)", ["MessageGroupId": "g"]) }
        let first = try h.receive(url, max: 2, wait: 0, ["ReceiveRequestAttemptId": "attempt-1"])
        let retry = try h.receive(url, max: 2, wait: 0, ["ReceiveRequestAttemptId": "attempt-1"])
        #expect(first.count == 2)
        #expect(retry == first)
        try h.delete(url, first.first?["ReceiptHandle"])
        let afterChange = try h.receive(url, max: 2, wait: 0, ["ReceiveRequestAttemptId": "attempt-1"])
        #expect(afterChange.isEmpty)
    }

    @Test("Batch sends keep their order within a group")
    func batchOrder() throws {
        let h = SQSHarness()
        let url = try fifo(h, "b.fifo")
        let entries: [Value] = (0..<10).map {
            ["Id": .string("e\($0)"), "MessageBody": .string("m\($0)"), "MessageGroupId": "g", "MessageDeduplicationId": .string("d\($0)")]
        }
        let result = try h.call("SendMessageBatch", ["QueueUrl": .string(url), "Entries": .array(entries)])
        #expect(result["Successful"]?.arrayValue?.count == 10)
        #expect(result["Successful"]?[0]?["SequenceNumber"] != nil)
        let got = try h.receive(url, max: 10, wait: 0)
        #expect(got.map { $0["Body"]?.stringValue ?? "" } == (0..<10).map { "m\($0)" })
    }
}
