import Foundation
import Testing
@testable import Engine

@Suite("SQS queue attributes")
struct SQSAttributeTests {
    @Test("A new standard queue lists AWS's defaults, in order")
    func standardDefaults() throws {
        let h = SQSHarness()
        let url = try h.createQueue("defaults")
        let output = try h.call("GetQueueAttributes", ["QueueUrl": .string(url), "AttributeNames": ["All"]])
        let created = String(Int(h.now))
        #expect(output == ["Attributes": [
            "QueueArn": "arn:aws:sqs:us-east-1:123456789012:defaults",
            "ApproximateNumberOfMessages": "0", "ApproximateNumberOfMessagesNotVisible": "0",
            "ApproximateNumberOfMessagesDelayed": "0", "CreatedTimestamp": .string(created),
            "LastModifiedTimestamp": .string(created), "VisibilityTimeout": "30", "MaximumMessageSize": "1048576",
            "MessageRetentionPeriod": "345600", "DelaySeconds": "0", "ReceiveMessageWaitTimeSeconds": "0",
            "SqsManagedSseEnabled": "true",
        ]])
    }

    @Test("A FIFO queue adds its own attributes")
    func fifoDefaults() throws {
        let h = SQSHarness()
        let url = try h.createQueue("d.fifo", ["FifoQueue": "true"])
        let a = try h.attributes(url)
        #expect(a["FifoQueue"] == "true")
        #expect(a["ContentBasedDeduplication"] == "false")
        #expect(a["DeduplicationScope"] == "queue")
        #expect(a["FifoThroughputLimit"] == "perQueue")
        #expect(try h.attributes(url, ["FifoQueue", "ContentBasedDeduplication"]) ==
                ["FifoQueue": "true", "ContentBasedDeduplication": "false"])
        let standard = try h.createQueue("plain")
        #expect(try h.attributes(standard, ["FifoQueue"]).isEmpty)
    }

    @Test("Without attribute names the answer is empty; unknown names are refused")
    func names() throws {
        let h = SQSHarness()
        let url = try h.createQueue("names")
        #expect(try h.call("GetQueueAttributes", ["QueueUrl": .string(url)]) == .emptyObject)
        expectAWSError("InvalidAttributeName", "Unknown Attribute Colour.") { _ = try h.attributes(url, ["Colour"]) }
    }

    @Test("SetQueueAttributes changes values and LastModifiedTimestamp")
    func setAttributes() throws {
        let h = SQSHarness()
        let url = try h.createQueue("set")
        h.advance(100)
        try h.call("SetQueueAttributes", ["QueueUrl": .string(url),
                                           "Attributes": ["VisibilityTimeout": "45", "MessageRetentionPeriod": "86400"]])
        let a = try h.attributes(url, ["VisibilityTimeout", "MessageRetentionPeriod", "LastModifiedTimestamp", "CreatedTimestamp"])
        #expect(a["VisibilityTimeout"] == "45")
        #expect(a["MessageRetentionPeriod"] == "86400")
        #expect(Int(a["LastModifiedTimestamp"] ?? "") == Int(a["CreatedTimestamp"] ?? "").map { $0 + 100 })
    }

    @Test("Integer attributes take AWS's ranges", arguments: [
        ("DelaySeconds", 0, 900), ("MaximumMessageSize", 1024, 1_048_576), ("MessageRetentionPeriod", 60, 1_209_600),
        ("ReceiveMessageWaitTimeSeconds", 0, 20), ("VisibilityTimeout", 0, 43_200),
        ("KmsDataKeyReusePeriodSeconds", 60, 86_400),
    ])
    func ranges(_ name: String, _ low: Int, _ high: Int) throws {
        let h = SQSHarness()
        let url = try h.createQueue("ranges")
        for good in [low, high] {
            try h.call("SetQueueAttributes", ["QueueUrl": .string(url), "Attributes": [name: .string(String(good))]])
        }
        for bad in [String(low - 1), String(high + 1), "ten"] {
            expectAWSError("InvalidAttributeValue", "Invalid value for the parameter \(name).") {
                try h.call("SetQueueAttributes", ["QueueUrl": .string(url), "Attributes": [name: .string(bad)]])
            }
            expectAWSError("InvalidAttributeValue", "Invalid value for the parameter \(name).") {
                try h.createQueue("other", [name: bad])
            }
        }
    }

    @Test("FIFO-only attributes are refused on standard queues, as AWS words it")
    func fifoOnly() throws {
        let h = SQSHarness()
        expectAWSError("InvalidAttributeName", "Unknown Attribute FifoQueue.") { try h.createQueue("s", ["FifoQueue": "false"]) }
        expectAWSError("InvalidAttributeName", "Unknown Attribute ContentBasedDeduplication.") {
            try h.createQueue("s", ["ContentBasedDeduplication": "true"])
        }
        expectAWSError("InvalidAttributeName", "You can specify the DeduplicationScope only when FifoQueue is set to true.") {
            try h.createQueue("s", ["DeduplicationScope": "queue"])
        }
        expectAWSError("InvalidAttributeName", "You can specify the FifoThroughputLimit only when FifoQueue is set to true.") {
            try h.createQueue("s", ["FifoThroughputLimit": "perQueue"])
        }
        let url = try h.createQueue("s")
        expectAWSError("InvalidAttributeName", "Unknown Attribute FifoQueue.") {
            try h.call("SetQueueAttributes", ["QueueUrl": .string(url), "Attributes": ["FifoQueue": "true"]])
        }
        expectAWSError("InvalidAttributeName", "Unknown Attribute ApproximateNumberOfMessages.") {
            try h.call("SetQueueAttributes", ["QueueUrl": .string(url), "Attributes": ["ApproximateNumberOfMessages": "3"]])
        }
    }

    @Test("A queue's type cannot change; high throughput needs message-group scope")
    func fifoSettings() throws {
        let h = SQSHarness()
        let url = try h.createQueue("t.fifo", ["FifoQueue": "true"])
        expectAWSError("InvalidAttributeValue", "Invalid value for the parameter FifoQueue. Reason: Modifying queue type is not supported.") {
            try h.call("SetQueueAttributes", ["QueueUrl": .string(url), "Attributes": ["FifoQueue": "true"]])
        }
        expectAWSError("InvalidAttributeValue") {
            try h.call("SetQueueAttributes", ["QueueUrl": .string(url), "Attributes": ["FifoThroughputLimit": "perMessageGroupId"]])
        }
        expectAWSError("InvalidAttributeValue", "Invalid value for the parameter DeduplicationScope.") {
            try h.call("SetQueueAttributes", ["QueueUrl": .string(url), "Attributes": ["DeduplicationScope": "group"]])
        }
        try h.call("SetQueueAttributes", ["QueueUrl": .string(url), "Attributes": [
            "DeduplicationScope": "messageGroup", "FifoThroughputLimit": "perMessageGroupId", "ContentBasedDeduplication": "true",
        ]])
        #expect(try h.attributes(url, ["DeduplicationScope", "FifoThroughputLimit", "ContentBasedDeduplication"]) == [
            "DeduplicationScope": "messageGroup", "FifoThroughputLimit": "perMessageGroupId", "ContentBasedDeduplication": "true",
        ])
    }

    @Test("Server-side encryption: SSE-SQS by default, SSE-KMS replaces it, both at once fail")
    func encryption() throws {
        let h = SQSHarness()
        let url = try h.createQueue("sse")
        try h.call("SetQueueAttributes", ["QueueUrl": .string(url), "Attributes": ["KmsMasterKeyId": "alias/aws/sqs"]])
        #expect(try h.attributes(url, ["KmsMasterKeyId", "KmsDataKeyReusePeriodSeconds", "SqsManagedSseEnabled"]) == [
            "KmsMasterKeyId": "alias/aws/sqs", "KmsDataKeyReusePeriodSeconds": "300", "SqsManagedSseEnabled": "false",
        ])
        expectAWSError("InvalidAttributeName", "You can use one type of server-side encryption (SSE) at one time. "
                       + "You can either enable KMS SSE or SQS SSE.") {
            try h.call("SetQueueAttributes", ["QueueUrl": .string(url), "Attributes": [
                "KmsMasterKeyId": "alias/aws/sqs", "SqsManagedSseEnabled": "true"]])
        }
        try h.call("SetQueueAttributes", ["QueueUrl": .string(url), "Attributes": ["SqsManagedSseEnabled": "true"]])
        #expect(try h.attributes(url, ["KmsMasterKeyId", "SqsManagedSseEnabled"]) == ["SqsManagedSseEnabled": "true"])
    }

    @Test("Policy must be a JSON object; an empty value removes it")
    func policy() throws {
        let h = SQSHarness()
        let url = try h.createQueue("policy")
        expectAWSError("InvalidAttributeValue", "Invalid value for the parameter Policy.") {
            try h.call("SetQueueAttributes", ["QueueUrl": .string(url), "Attributes": ["Policy": "not json"]])
        }
        let policy = #"{"Version":"2012-10-17","Statement":[]}"#
        try h.call("SetQueueAttributes", ["QueueUrl": .string(url), "Attributes": ["Policy": .string(policy)]])
        #expect(try h.attributes(url, ["Policy"]) == ["Policy": policy])
        try h.call("SetQueueAttributes", ["QueueUrl": .string(url), "Attributes": ["Policy": ""]])
        #expect(try h.attributes(url, ["Policy"]).isEmpty)
    }

    @Test("Delay queues hold new messages back; counters show them as delayed")
    func delayQueue() throws {
        let h = SQSHarness()
        let url = try h.createQueue("delay", ["DelaySeconds": "60"])
        try h.send(url, "held")
        #expect(try h.counts(url) == [0, 0, 1])
        #expect(try h.receive(url, wait: 0).isEmpty)
        h.advance(59)
        #expect(try h.receive(url, wait: 0).isEmpty)
        h.advance(1)
        #expect(try h.counts(url) == [1, 0, 0])
        #expect(try h.receive(url, wait: 1).first?["Body"] == "held")
    }

    @Test("Retention: a message older than MessageRetentionPeriod is gone, in flight or not")
    func retention() throws {
        let h = SQSHarness()
        let url = try h.createQueue("short-lived", ["MessageRetentionPeriod": "60"])
        try h.send(url, "a")
        try h.send(url, "b")
        _ = try h.receive(url, max: 1, wait: 1, visibility: 300)
        h.advance(59)
        #expect(try h.counts(url) == [1, 1, 0])
        h.advance(1)
        #expect(try h.counts(url) == [0, 0, 0])
        #expect(try h.receive(url, wait: 5).isEmpty)
    }
}
