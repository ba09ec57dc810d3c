import Foundation
import Testing
@testable import Engine

@Suite("SQS standard queues")
struct SQSStandardQueueTests {
    @Test("Send and receive: ids, digests, attributes, receipt handle")
    func sendReceive() throws {
        let h = SQSHarness()
        let url = try h.createQueue("conf-std")
        let sent = try h.send(url, "hello sqs", ["MessageAttributes": ["color": ["DataType": "String", "StringValue": "blue"]]])
        #expect(sent["MD5OfMessageBody"] == "3b7bef57d06c0021d0aafe8f6d587241")
        #expect(sent["MD5OfMessageAttributes"] == "da1b33cc3cbfe8b1630921e78e6b9880")
        let messageId = try #require(sent["MessageId"]?.stringValue)
        #expect(messageId.count == 36 && messageId.split(separator: "-").count == 5)
        let got = try h.receive(url, wait: 1, ["MessageAttributeNames": ["All"], "AttributeNames": ["ApproximateReceiveCount"]])
        #expect(got.count == 1)
        let message = try #require(got.first)
        #expect(message["MessageId"]?.stringValue == messageId)
        #expect(message["Body"] == "hello sqs")
        #expect(message["MD5OfBody"] == "3b7bef57d06c0021d0aafe8f6d587241")
        #expect(message["Attributes"] == ["ApproximateReceiveCount": "1"])
        #expect(message["MD5OfMessageAttributes"] == "da1b33cc3cbfe8b1630921e78e6b9880")
        #expect(message["MessageAttributes"] == ["color": ["StringValue": "blue", "DataType": "String"]])
        let handle = try #require(message["ReceiptHandle"]?.stringValue)
        #expect(handle.hasPrefix("AQEB") && handle.count == 68)
    }

    @Test("A short poll samples a subset of servers: it can come back empty while messages exist")
    func shortPollSamples() throws {
        let h = SQSHarness(seed: 7)
        let url = try h.createQueue("sampled")
        try h.send(url, "only one")
        var empties = 0
        var found = false
        for _ in 0..<40 {
            let got = try h.receive(url, max: 1, wait: 0, visibility: 0)
            if got.isEmpty {
                empties += 1
                #expect(try h.counts(url) == [1, 0, 0])
            } else {
                found = true
            }
        }
        #expect(empties > 0)
        #expect(found)
        #expect(empties < 30)
    }

    @Test("A long poll asks every server, so it never misses a visible message")
    func longPollAsksAll() throws {
        let h = SQSHarness(seed: 7)
        let url = try h.createQueue("all-servers")
        try h.send(url, "only one")
        for _ in 0..<40 {
            let start = h.now
            #expect(try h.receive(url, max: 1, wait: 5, visibility: 0).count == 1)
            #expect(h.now == start)
        }
    }

    @Test("A long poll on an empty queue waits its full time on the virtual clock")
    func longPollWaits() throws {
        let h = SQSHarness()
        let url = try h.createQueue("waiting")
        let start = h.now
        #expect(try h.receive(url, wait: 20).isEmpty)
        #expect(h.now == start + 20)
        #expect(try h.receive(url, wait: 0).isEmpty)
        #expect(h.now == start + 20)
    }

    @Test("A long poll returns as soon as a message becomes available within the wait")
    func longPollReturnsEarly() throws {
        let h = SQSHarness()
        let url = try h.createQueue("early")
        try h.send(url, "in five seconds", ["DelaySeconds": 5])
        let start = h.now
        let got = try h.receive(url, wait: 20)
        #expect(got.first?["Body"] == "in five seconds")
        #expect(h.now == start + 5)
        // The queue's ReceiveMessageWaitTimeSeconds makes every receive a long poll.
        let slow = try h.createQueue("slow", ["ReceiveMessageWaitTimeSeconds": "3"])
        let before = h.now
        #expect(try h.receive(slow, wait: nil).isEmpty)
        #expect(h.now == before + 3)
    }

    @Test("Best-effort ordering: messages come back, but not in the order they were sent")
    func bestEffortOrder() throws {
        let h = SQSHarness(seed: 3)
        let url = try h.createQueue("numbers")
        for i in 1...10 { try h.send(url, String(i)) }
        var bodies: [Int] = []
        while bodies.count < 10 {
            let got = try h.receive(url, max: 10, wait: 20)
            for message in got {
                bodies.append(Int(message["Body"]?.stringValue ?? "") ?? 0)
                try h.delete(url, message["ReceiptHandle"])
            }
        }
        #expect(bodies.sorted() == Array(1...10))
        #expect(bodies != Array(1...10))
    }

    @Test("At-least-once: with a server down during the delete, a deleted message is delivered again")
    func duplicateAfterFault() throws {
        let h = SQSHarness()
        let url = try h.createQueue("dupes")
        let id = try h.send(url, "pay invoice 42")["MessageId"]
        let first = try #require(try h.receive(url, wait: 1).first)
        try h.sqs.injectDuplicateFault(queueUrl: url, count: 1, cloud: h.cloud, region: h.region)
        #expect(h.sqs.pendingDuplicateFaults(queueUrl: url, cloud: h.cloud, region: h.region) == 1)
        try h.delete(url, first["ReceiptHandle"])
        #expect(h.sqs.pendingDuplicateFaults(queueUrl: url, cloud: h.cloud, region: h.region) == 0)
        #expect(try h.counts(url) == [0, 1, 0])
        h.advance(31)
        let again = try #require(try h.receive(url, wait: 1, ["AttributeNames": ["ApproximateReceiveCount"]]).first)
        #expect(again["MessageId"] == id)
        #expect(again["Attributes"]?["ApproximateReceiveCount"] == "2")
        try h.delete(url, again["ReceiptHandle"])
        #expect(try h.counts(url) == [0, 0, 0])
        h.advance(60)
        #expect(try h.receive(url, wait: 20).isEmpty)
    }

    @Test("Without a fault, a deleted message never comes back")
    func noDuplicateWithoutFault() throws {
        let h = SQSHarness()
        let url = try h.createQueue("clean")
        try h.send(url, "once")
        let got = try #require(try h.receive(url, wait: 1).first)
        try h.delete(url, got["ReceiptHandle"])
        h.advance(3600)
        #expect(try h.receive(url, wait: 20).isEmpty)
    }

    @Test("Fault injection refuses FIFO queues and unknown queues")
    func faultRefusals() throws {
        let h = SQSHarness()
        let fifo = try h.createQueue("f.fifo", ["FifoQueue": "true"])
        #expect(throws: SQSService.FaultError.self) {
            try h.sqs.injectDuplicateFault(queueUrl: fifo, count: 1, cloud: h.cloud, region: h.region)
        }
        #expect(throws: SQSService.FaultError.self) {
            try h.sqs.injectDuplicateFault(queueUrl: fifo + "x", count: 1, cloud: h.cloud, region: h.region)
        }
    }

    @Test("System attributes: sender, timestamps in milliseconds, receive count, group id of a fair queue")
    func systemAttributes() throws {
        let h = SQSHarness()
        let url = try h.createQueue("sys")
        let sentAt = Int(h.now * 1000)
        try h.send(url, "hi", ["MessageGroupId": "tenant-1",
                               "MessageSystemAttributes": ["AWSTraceHeader": ["DataType": "String", "StringValue": "Root=1-abc"]]])
        h.advance(2)
        let got = try #require(try h.receive(url, wait: 1, visibility: 0, ["MessageSystemAttributeNames": ["All"]]).first)
        #expect(got["Attributes"] == [
            "SenderId": .string(STSService.userId), "ApproximateFirstReceiveTimestamp": .string(String(sentAt + 2000)),
            "ApproximateReceiveCount": "1", "SentTimestamp": .string(String(sentAt)), "MessageGroupId": "tenant-1",
            "AWSTraceHeader": "Root=1-abc",
        ])
        h.advance(3)
        let again = try #require(try h.receive(url, wait: 1, ["AttributeNames": ["ApproximateFirstReceiveTimestamp",
                                                                                  "ApproximateReceiveCount"]]).first)
        #expect(again["Attributes"] == ["ApproximateFirstReceiveTimestamp": .string(String(sentAt + 2000)),
                                        "ApproximateReceiveCount": "2"])
    }

    @Test("MD5OfMessageSystemAttributes follows the documented algorithm (independent known answer)")
    func systemAttributeDigest() throws {
        let h = SQSHarness()
        let url = try h.createQueue("trace")
        let header = "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1"
        let sent = try h.send(url, "message-1", ["MessageSystemAttributes": ["AWSTraceHeader": ["DataType": "String", "StringValue": .string(header)]]])
        #expect(sent["MD5OfMessageSystemAttributes"] == "5ae4d5d7636402d80f4eb6d213245a88")
        #expect(sent["MD5OfMessageAttributes"] == nil)
        let plain = try h.send(url, "message-2")
        #expect(plain["MD5OfMessageSystemAttributes"] == nil)
    }

    @Test("Message attribute names select attributes, and the digest covers those returned (real-AWS values)")
    func attributeFilters() throws {
        let h = SQSHarness()
        let url = try h.createQueue("filters")
        let attributes: Value = ["Hello": ["DataType": "String", "StringValue": "There"],
                                 "General": ["DataType": "String", "StringValue": "Kenobi"],
                                 "Help.Me": ["DataType": "String", "StringValue": "Me"]]
        let sent = try h.send(url, "msg", ["MessageAttributes": attributes])
        #expect(sent["MD5OfMessageBody"] == "6e2baaf3b97dbeef01c0043275f9a0e7")
        #expect(sent["MD5OfMessageAttributes"] == "4c360f3fdafd970e05fae2f149d997f5")
        func receive(_ names: [Value]) throws -> Value {
            try #require(try h.receive(url, max: 1, wait: 1, visibility: 0, ["MessageAttributeNames": .array(names)]).first)
        }
        #expect(try receive([])["MessageAttributes"] == nil)
        #expect(try receive(["All"])["MD5OfMessageAttributes"] == "4c360f3fdafd970e05fae2f149d997f5")
        #expect(try receive([".*"])["MD5OfMessageAttributes"] == "4c360f3fdafd970e05fae2f149d997f5")
        #expect(try receive(["General", "Hello"])["MD5OfMessageAttributes"] == "fca026605781cb4126a1e9044df24232")
        let one = try receive(["Hello", "Missing"])
        #expect(one["MD5OfMessageAttributes"] == "a311262e065454b75da111d535b8dacd")
        #expect(one["MessageAttributes"] == ["Hello": ["StringValue": "There", "DataType": "String"]])
        #expect(try receive(["He.*"])["MD5OfMessageAttributes"] == "83fee93c1bcd8b9a5a923ffacdc636c7")
        #expect(try receive(["Nothing"])["MD5OfMessageAttributes"] == nil)
    }

    @Test("Binary and Number attributes; digest of a binary attribute matches AWS")
    func binaryAttributes() throws {
        let h = SQSHarness()
        let url = try h.createQueue("binary")
        let bytes = Data("traceparent\u{1e}00-774062d6c37081a5a0b9b5b88e30627c-2d2482211f6489da-01".utf8)
        let sent = try h.send(url, "test", ["MessageAttributes": ["attr1": ["DataType": "Binary", "BinaryValue": .blob(bytes)]]])
        #expect(sent["MD5OfMessageBody"] == "098f6bcd4621d373cade4e832627b4f6")
        #expect(sent["MD5OfMessageAttributes"] == "8cbe4db156db8a94db8b801b7addb984")
        let got = try #require(try h.receive(url, wait: 1, ["MessageAttributeNames": ["All"]]).first)
        #expect(got["MessageAttributes"]?["attr1"]?["BinaryValue"] == .blob(bytes))
        try h.send(url, "n", ["MessageAttributes": ["count": ["DataType": "Number.int", "StringValue": "42"]]])
    }

    @Test("Message attributes are validated as SQS validates them")
    func attributeValidation() throws {
        let h = SQSHarness()
        let url = try h.createQueue("validate")
        expectAWSError("InvalidParameterValue", "Message (user) attribute 'ErrorDetails' must contain a non-empty value of type 'String'.") {
            try h.send(url, "x", ["MessageAttributes": ["ErrorDetails": ["DataType": "String", "StringValue": ""]]])
        }
        expectAWSError("InvalidParameterValue", "Can't cast the value of message (user) attribute 'n' to a number.") {
            try h.send(url, "x", ["MessageAttributes": ["n": ["DataType": "Number", "StringValue": "twelve"]]])
        }
        expectAWSError("InvalidParameterValue") {
            try h.send(url, "x", ["MessageAttributes": ["t": ["DataType": "Text", "StringValue": "v"]]])
        }
        expectAWSError("InvalidParameterValue") {
            try h.send(url, "x", ["MessageAttributes": ["AWS.reserved": ["DataType": "String", "StringValue": "v"]]])
        }
        expectAWSError("InvalidParameterValue") {
            try h.send(url, "x", ["MessageAttributes": ["a..b": ["DataType": "String", "StringValue": "v"]]])
        }
        var eleven: Value = [:]
        for i in 0..<11 { eleven["a\(i)"] = ["DataType": "String", "StringValue": "v"] }
        expectAWSError("InvalidParameterValue", "Number of message attributes [11] exceeds the allowed maximum [10].") {
            try h.send(url, "x", ["MessageAttributes": eleven])
        }
        expectAWSError("InvalidParameterValue") {
            try h.send(url, "x", ["MessageSystemAttributes": ["Other": ["DataType": "String", "StringValue": "v"]]])
        }
    }

    @Test("The size limit is 1 MiB (body plus attributes), or the queue's MaximumMessageSize")
    func sizeLimit() throws {
        let h = SQSHarness()
        let url = try h.createQueue("big")
        try h.send(url, String(repeating: "x", count: 1_048_576))
        expectAWSError("InvalidParameterValue", "One or more parameters are invalid. Reason: Message must be shorter than 1048576 bytes.") {
            try h.send(url, String(repeating: "x", count: 1_048_577))
        }
        expectAWSError("InvalidParameterValue") {
            try h.send(url, String(repeating: "x", count: 1_048_570),
                       ["MessageAttributes": ["k": ["DataType": "String", "StringValue": "value"]]])
        }
        try h.call("SetQueueAttributes", ["QueueUrl": .string(url), "Attributes": ["MaximumMessageSize": "1024"]])
        expectAWSError("InvalidParameterValue", "One or more parameters are invalid. Reason: Message must be shorter than 1024 bytes.") {
            try h.send(url, String(repeating: "x", count: 1025))
        }
    }

    @Test("Only the characters XML allows may be sent")
    func characters() throws {
        let h = SQSHarness()
        let url = try h.createQueue("chars")
        try h.send(url, "tab\tnewline\ncr\r emoji 😀 accents éà")
        expectAWSError("InvalidMessageContents", "Invalid binary character '#x1' was found in the message body, the set of "
                       + "allowed characters is #x9 | #xA | #xD | #x20 to #xD7FF | #xE000 to #xFFFD | #x10000 to #x10FFFF") {
            try h.send(url, "bell\u{01}")
        }
        expectAWSError("InvalidMessageContents") { try h.send(url, "nope\u{FFFE}") }
    }

    @Test("Per-message delays: 0-900 s, counted as delayed, and the counters add up")
    func perMessageDelay() throws {
        let h = SQSHarness()
        let url = try h.createQueue("delays")
        try h.send(url, "now")
        try h.send(url, "soon", ["DelaySeconds": 60])
        expectAWSError("InvalidParameterValue", "Value 901 for parameter DelaySeconds is invalid. Reason: Must be >= 0 and <= 900, if provided.") {
            try h.send(url, "late", ["DelaySeconds": 901])
        }
        #expect(try h.counts(url) == [1, 0, 1])
        _ = try h.receive(url, wait: 1, visibility: 90)
        #expect(try h.counts(url) == [0, 1, 1])
        h.advance(60)
        #expect(try h.counts(url) == [1, 1, 0])
        h.advance(30)
        #expect(try h.counts(url) == [2, 0, 0])
    }

    @Test("ReceiveMessage parameters are checked")
    func receiveParameters() throws {
        let h = SQSHarness()
        let url = try h.createQueue("params")
        expectAWSError("InvalidParameterValue", "Value 11 for parameter MaxNumberOfMessages is invalid. Reason: Must be between 1 and 10, if provided.") {
            _ = try h.receive(url, max: 11)
        }
        expectAWSError("InvalidParameterValue", "Value 0 for parameter MaxNumberOfMessages is invalid. Reason: Must be between 1 and 10, if provided.") {
            _ = try h.receive(url, max: 0)
        }
        expectAWSError("InvalidParameterValue", "Value 21 for parameter WaitTimeSeconds is invalid. Reason: Must be >= 0 and <= 20, if provided.") {
            _ = try h.receive(url, wait: 21)
        }
        expectAWSError("InvalidParameterValue", "Value -1 for parameter WaitTimeSeconds is invalid. Reason: Must be >= 0 and <= 20, if provided.") {
            _ = try h.receive(url, wait: -1)
        }
        expectAWSError("InvalidParameterValue") { _ = try h.receive(url, visibility: 43_201) }
    }

    @Test("MessageDeduplicationId belongs to FIFO queues")
    func dedupOnStandard() throws {
        let h = SQSHarness()
        let url = try h.createQueue("std")
        expectAWSError("InvalidParameterValue", "Value d1 for parameter MessageDeduplicationId is invalid. Reason: "
                       + "The request include parameter that is not valid for this queue type.") {
            try h.send(url, "x", ["MessageDeduplicationId": "d1"])
        }
        expectAWSError("InvalidParameterValue", "Value group 123 for parameter MessageGroupId is invalid. Reason: "
                       + "MessageGroupId can only include alphanumeric and punctuation characters. 1 to 128 in length.") {
            try h.send(url, "x", ["MessageGroupId": "group 123"])
        }
    }
}
