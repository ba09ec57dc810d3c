import Foundation
import Testing
@testable import Engine

@Suite("SQS visibility timeouts and receipt handles")
struct SQSVisibilityTests {
    @Test("An unacknowledged message is invisible for 30 s and visible again after 31 s, with a new handle")
    func reappearsAfterTimeout() throws {
        let h = SQSHarness()
        let url = try h.createQueue("vis")
        try h.send(url, "work")
        let first = try #require(try h.receive(url, wait: 1).first)
        #expect(try h.counts(url) == [0, 1, 0])
        h.advance(29)
        #expect(try h.receive(url, wait: 0).isEmpty)
        #expect(try h.counts(url) == [0, 1, 0])
        h.advance(2)
        #expect(try h.counts(url) == [1, 0, 0])
        let second = try #require(try h.receive(url, wait: 1, ["AttributeNames": ["ApproximateReceiveCount"]]).first)
        #expect(second["MessageId"] == first["MessageId"])
        #expect(second["ReceiptHandle"] != first["ReceiptHandle"])
        #expect(second["Attributes"] == ["ApproximateReceiveCount": "2"])
    }

    @Test("ChangeMessageVisibility extends the timeout, or with 0 makes the message visible at once")
    func changeVisibility() throws {
        let h = SQSHarness()
        let url = try h.createQueue("change")
        try h.send(url, "m1")
        try h.send(url, "m2")
        let a = try h.receive(url, max: 1, wait: 1, visibility: 60)
        let b = try h.receive(url, max: 1, wait: 1, visibility: 60)
        #expect(try h.counts(url) == [0, 2, 0])
        try h.call("ChangeMessageVisibility", ["QueueUrl": .string(url), "ReceiptHandle": b.first?["ReceiptHandle"] ?? "", "VisibilityTimeout": 0])
        #expect(try h.counts(url) == [1, 1, 0])
        try h.call("ChangeMessageVisibility", ["QueueUrl": .string(url), "ReceiptHandle": a.first?["ReceiptHandle"] ?? "", "VisibilityTimeout": 120])
        h.advance(90)
        #expect(try h.counts(url) == [1, 1, 0])
        h.advance(30)
        #expect(try h.counts(url) == [2, 0, 0])
    }

    @Test("A visibility change counts from now, within 12 hours of the receive")
    func twelveHourLimit() throws {
        let h = SQSHarness()
        let url = try h.createQueue("limit")
        try h.send(url, "m")
        let got = try #require(try h.receive(url, wait: 1, visibility: 43_200).first)
        let handle = got["ReceiptHandle"] ?? ""
        h.advance(100)
        expectAWSError("InvalidParameterValue", "Value 43200 for parameter VisibilityTimeout is invalid. Reason: "
                       + "Total VisibilityTimeout for the message is beyond the limit [43200 seconds]") {
            try h.call("ChangeMessageVisibility", ["QueueUrl": .string(url), "ReceiptHandle": handle, "VisibilityTimeout": 43_200])
        }
        try h.call("ChangeMessageVisibility", ["QueueUrl": .string(url), "ReceiptHandle": handle, "VisibilityTimeout": 43_100])
        expectAWSError("InvalidParameterValue") {
            try h.call("ChangeMessageVisibility", ["QueueUrl": .string(url), "ReceiptHandle": handle, "VisibilityTimeout": -1])
        }
    }

    @Test("Receipt handles: garbage is invalid; an old handle still deletes; a stale one cannot change visibility")
    func handles() throws {
        let h = SQSHarness()
        let url = try h.createQueue("handles")
        expectAWSError("ReceiptHandleIsInvalid", "The input receipt handle \"fake\" is not a valid receipt handle.", status: 404) {
            try h.delete(url, "fake")
        }
        try h.send(url, "m")
        let first = try #require(try h.receive(url, wait: 1, visibility: 0).first)
        let second = try #require(try h.receive(url, wait: 1, visibility: 30).first)
        let stale = try #require(first["ReceiptHandle"]?.stringValue)
        expectAWSError("InvalidParameterValue", "Value \(stale) for parameter ReceiptHandle is invalid. Reason: "
                       + "Message does not exist or is not available for visibility timeout change.") {
            try h.call("ChangeMessageVisibility", ["QueueUrl": .string(url), "ReceiptHandle": .string(stale), "VisibilityTimeout": 10])
        }
        try h.delete(url, .string(stale))
        #expect(try h.counts(url) == [0, 0, 0])
        // Deleting again is a quiet success; changing visibility of a deleted message is not.
        try h.delete(url, second["ReceiptHandle"])
        expectAWSError("InvalidParameterValue") {
            try h.call("ChangeMessageVisibility", ["QueueUrl": .string(url), "ReceiptHandle": second["ReceiptHandle"] ?? "", "VisibilityTimeout": 10])
        }
        // A handle of another queue is not valid here.
        let other = try h.createQueue("other")
        expectAWSError("ReceiptHandleIsInvalid") { try h.delete(other, second["ReceiptHandle"]) }
    }

    @Test("A standard message can be hidden again after its timeout, with its latest handle")
    func changeAfterExpiry() throws {
        let h = SQSHarness()
        let url = try h.createQueue("late")
        try h.send(url, "m")
        let got = try #require(try h.receive(url, wait: 1, visibility: 5).first)
        h.advance(10)
        try h.call("ChangeMessageVisibility", ["QueueUrl": .string(url), "ReceiptHandle": got["ReceiptHandle"] ?? "", "VisibilityTimeout": 60])
        #expect(try h.counts(url) == [0, 1, 0])
        try h.delete(url, got["ReceiptHandle"])
        #expect(try h.counts(url) == [0, 0, 0])
    }

    @Test("Batch delete and batch visibility change report each entry")
    func batches() throws {
        let h = SQSHarness()
        let url = try h.createQueue("batch")
        for i in 0..<3 { try h.send(url, "m\(i)") }
        let got = try h.receive(url, max: 10, wait: 1)
        #expect(got.count == 3)
        let change = try h.call("ChangeMessageVisibilityBatch", ["QueueUrl": .string(url), "Entries": [
            ["Id": "a", "ReceiptHandle": got[0]["ReceiptHandle"] ?? "", "VisibilityTimeout": 0],
            ["Id": "b", "ReceiptHandle": "bogus", "VisibilityTimeout": 0],
        ]])
        #expect(change["Successful"] == [["Id": "a"]])
        #expect(change["Failed"] == [["Id": "b", "SenderFault": true, "Code": "ReceiptHandleIsInvalid",
                                      "Message": "The input receipt handle \"bogus\" is not a valid receipt handle."]])
        let delete = try h.call("DeleteMessageBatch", ["QueueUrl": .string(url), "Entries": [
            ["Id": "x", "ReceiptHandle": got[1]["ReceiptHandle"] ?? ""],
            ["Id": "y", "ReceiptHandle": got[2]["ReceiptHandle"] ?? ""],
        ]])
        #expect(delete == ["Successful": [["Id": "x"], ["Id": "y"]]])
        #expect(try h.counts(url) == [1, 0, 0])
    }

    @Test("Batch requests: empty, too many, bad or repeated ids, too long", arguments: [
        "SendMessageBatch", "DeleteMessageBatch", "ChangeMessageVisibilityBatch",
    ])
    func batchValidation(_ operation: String) throws {
        let h = SQSHarness()
        let url = try h.createQueue("b")
        let shape = operation.replacingOccurrences(of: "Batch", with: "") + "BatchRequestEntry"
        func entry(_ id: String) -> Value {
            ["Id": .string(id), "MessageBody": "x", "ReceiptHandle": "h", "VisibilityTimeout": 1]
        }
        expectAWSError("AWS.SimpleQueueService.EmptyBatchRequest", "There should be at least one \(shape) in the request.") {
            try h.call(operation, ["QueueUrl": .string(url), "Entries": []])
        }
        expectAWSError("AWS.SimpleQueueService.TooManyEntriesInBatchRequest",
                       "Maximum number of entries per request are 10. You have sent 11.") {
            try h.call(operation, ["QueueUrl": .string(url), "Entries": .array((0..<11).map { entry("e\($0)") })])
        }
        expectAWSError("AWS.SimpleQueueService.InvalidBatchEntryId", "A batch entry id can only contain alphanumeric "
                       + "characters, hyphens and underscores. It can be at most 80 letters long.") {
            try h.call(operation, ["QueueUrl": .string(url), "Entries": [entry("invalid:id")]])
        }
        expectAWSError("AWS.SimpleQueueService.InvalidBatchEntryId") {
            try h.call(operation, ["QueueUrl": .string(url), "Entries": [entry(String(repeating: "a", count: 81))]])
        }
        expectAWSError("AWS.SimpleQueueService.BatchEntryIdsNotDistinct", "Id dup repeated.") {
            try h.call(operation, ["QueueUrl": .string(url), "Entries": [entry("dup"), entry("dup")]])
        }
    }

    @Test("A batch send may not exceed 1 MiB in total; an entry over the queue limit fails alone")
    func batchSizes() throws {
        let h = SQSHarness()
        let url = try h.createQueue("sizes")
        let half = String(repeating: "x", count: 524_288)
        expectAWSError("AWS.SimpleQueueService.BatchRequestTooLong",
                       "Batch requests cannot be longer than 1048576 bytes. You have sent 1048577 bytes.") {
            try h.call("SendMessageBatch", ["QueueUrl": .string(url), "Entries": [
                ["Id": "a", "MessageBody": .string(half)], ["Id": "b", "MessageBody": .string(half + "x")]]])
        }
        try h.call("SetQueueAttributes", ["QueueUrl": .string(url), "Attributes": ["MaximumMessageSize": "1024"]])
        let result = try h.call("SendMessageBatch", ["QueueUrl": .string(url), "Entries": [
            ["Id": "big", "MessageBody": .string(String(repeating: "y", count: 1025))], ["Id": "small", "MessageBody": "ok"]]])
        #expect(result["Failed"] == [["Id": "big", "SenderFault": true, "Code": "InvalidParameterValue",
                                      "Message": "One or more parameters cannot be validated. Reason: Message must be shorter than 1024 bytes."]])
        #expect(result["Successful"]?.arrayValue?.count == 1)
        #expect(result["Successful"]?[0]?["MD5OfMessageBody"] == "444bcb3a3fcf8389296c49467f27e1d6")
    }
}
