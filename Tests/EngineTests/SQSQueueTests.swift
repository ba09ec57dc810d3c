import Foundation
import Testing
@testable import Engine

@Suite("SQS queues")
struct SQSQueueTests {
    @Test("CreateQueue returns the current URL form; GetQueueUrl and QueueArn agree")
    func createAndFind() throws {
        let h = SQSHarness()
        let url = try h.createQueue("orders")
        #expect(url == "https://sqs.us-east-1.amazonaws.com/123456789012/orders")
        #expect(try h.call("GetQueueUrl", ["QueueName": "orders"]) == ["QueueUrl": .string(url)])
        #expect(try h.attributes(url, ["QueueArn"]) == ["QueueArn": "arn:aws:sqs:us-east-1:123456789012:orders"])
    }

    @Test("Legacy queue URL forms name the same queue")
    func legacyURLs() throws {
        let h = SQSHarness()
        try h.createQueue("legacy")
        for url in ["https://queue.amazonaws.com/123456789012/legacy",
                    "https://us-east-1.queue.amazonaws.com/123456789012/legacy",
                    "http://localhost:4566/123456789012/legacy"] {
            #expect(try h.attributes(url, ["QueueArn"])["QueueArn"] == "arn:aws:sqs:us-east-1:123456789012:legacy")
        }
    }

    @Test("Creating an existing queue with the same attributes returns it; different ones fail")
    func idempotentCreate() throws {
        let h = SQSHarness()
        let url = try h.createQueue("jobs", ["VisibilityTimeout": "60"])
        #expect(try h.createQueue("jobs", ["VisibilityTimeout": "60"]) == url)
        #expect(try h.createQueue("jobs") == url)
        expectAWSError("QueueAlreadyExists",
                       "A queue already exists with the same name and a different value for attribute VisibilityTimeout") {
            try h.createQueue("jobs", ["VisibilityTimeout": "30"])
        }
    }

    @Test("A deleted name can be reused only after 60 seconds")
    func deletedRecently() throws {
        let h = SQSHarness()
        let url = try h.createQueue("temp")
        try h.call("DeleteQueue", ["QueueUrl": .string(url)])
        expectAWSError("AWS.SimpleQueueService.NonExistentQueue", "The specified queue does not exist.") {
            try h.call("GetQueueUrl", ["QueueName": "temp"])
        }
        expectAWSError("AWS.SimpleQueueService.QueueDeletedRecently",
                       "You must wait 60 seconds after deleting a queue before you can create another with the same name.") {
            try h.createQueue("temp")
        }
        h.advance(60)
        #expect(try h.createQueue("temp") == url)
    }

    @Test("ListQueues filters by prefix, pages with MaxResults/NextToken, and is empty without queues")
    func listQueues() throws {
        let h = SQSHarness()
        #expect(try h.call("ListQueues") == .emptyObject)
        for name in ["b-two", "a-one", "b-one", "c-three"] { try h.createQueue(name) }
        try h.createQueue("b-west")
        let all = try h.call("ListQueues")["QueueUrls"]?.arrayValue?.compactMap(\.stringValue) ?? []
        #expect(all.map { $0.split(separator: "/").last.map(String.init) ?? "" } == ["a-one", "b-one", "b-two", "b-west", "c-three"])
        #expect(try h.call("ListQueues")["NextToken"] == nil)
        let prefixed = try h.call("ListQueues", ["QueueNamePrefix": "b-"])["QueueUrls"]?.arrayValue ?? []
        #expect(prefixed.count == 3)

        let first = try h.call("ListQueues", ["MaxResults": 2])
        #expect(first["QueueUrls"]?.arrayValue?.count == 2)
        let token = try #require(first["NextToken"])
        let second = try h.call("ListQueues", ["MaxResults": 2, "NextToken": token])
        #expect(second["QueueUrls"]?.arrayValue?.last?.stringValue?.hasSuffix("/b-west") == true)
        let third = try h.call("ListQueues", ["MaxResults": 2, "NextToken": try #require(second["NextToken"])])
        #expect(third["QueueUrls"]?.arrayValue?.compactMap(\.stringValue) == [
            "https://sqs.us-east-1.amazonaws.com/123456789012/c-three",
        ])
        #expect(third["NextToken"] == nil)
        expectAWSError("InvalidParameterValue") { try h.call("ListQueues", ["MaxResults": 0]) }
        expectAWSError("InvalidParameterValue", "Invalid NextToken value.") {
            try h.call("ListQueues", ["MaxResults": 2, "NextToken": "garbage"])
        }
    }

    @Test("Queues are regional: another region neither lists nor finds them")
    func regions() throws {
        let h = SQSHarness()
        let url = try h.createQueue("regional")
        #expect(try h.call("ListQueues", region: "us-west-2") == .emptyObject)
        expectAWSError("AWS.SimpleQueueService.NonExistentQueue") {
            try h.call("GetQueueAttributes", ["QueueUrl": .string(url), "AttributeNames": ["All"]], region: "us-west-2")
        }
        let west = try h.call("CreateQueue", ["QueueName": "regional"], region: "eu-west-1")["QueueUrl"]
        #expect(west == "https://sqs.eu-west-1.amazonaws.com/123456789012/regional")
    }

    @Test("Queue names: 1-80 letters, digits, - and _; FIFO names end with .fifo",
          arguments: ["", String(repeating: "a", count: 81), "has space", "dot.name", "q.fifo"])
    func invalidStandardNames(_ name: String) {
        let h = SQSHarness()
        expectAWSError("InvalidParameterValue",
                       "Can only include alphanumeric characters, hyphens, or underscores. 1 to 80 in length") {
            try h.createQueue(name)
        }
    }

    @Test("A FIFO queue needs the .fifo suffix within 80 characters")
    func invalidFifoNames() throws {
        let h = SQSHarness()
        let message = "The name of a FIFO queue can only include alphanumeric characters, hyphens, or underscores, "
            + "must end with .fifo suffix and be 1 to 80 in length."
        expectAWSError("InvalidParameterValue", message) { try h.createQueue("orders", ["FifoQueue": "true"]) }
        expectAWSError("InvalidParameterValue", message) {
            try h.createQueue(String(repeating: "a", count: 76) + ".fifo", ["FifoQueue": "true"])
        }
        #expect(try h.createQueue(String(repeating: "a", count: 75) + ".fifo", ["FifoQueue": "true"]).hasSuffix(".fifo"))
    }

    @Test("Unknown or foreign queue URLs do not exist", arguments: [
        "http://whatever-incorrect-queue-address", "https://sqs.us-east-1.amazonaws.com/999999999999/q",
        "https://sqs.us-west-2.amazonaws.com/123456789012/q", "https://sqs.us-east-1.amazonaws.com/123456789012/other",
    ])
    func unknownQueue(_ url: String) throws {
        let h = SQSHarness()
        try h.createQueue("q")
        expectAWSError("AWS.SimpleQueueService.NonExistentQueue", "The specified queue does not exist.", status: 400) {
            try h.send(url, "hello")
        }
    }

    @Test("GetQueueUrl with another owner account finds nothing")
    func otherOwner() throws {
        let h = SQSHarness()
        try h.createQueue("mine")
        expectAWSError("AWS.SimpleQueueService.NonExistentQueue") {
            try h.call("GetQueueUrl", ["QueueName": "mine", "QueueOwnerAWSAccountId": "111122223333"])
        }
        #expect(try h.call("GetQueueUrl", ["QueueName": "mine", "QueueOwnerAWSAccountId": "123456789012"])["QueueUrl"] != nil)
    }

    @Test("Tags: tag, list in order, untag; an untagged queue lists nothing")
    func tags() throws {
        let h = SQSHarness()
        let url = try h.call("CreateQueue", ["QueueName": "tagged", "tags": ["team": "core"]])["QueueUrl"] ?? ""
        try h.call("TagQueue", ["QueueUrl": url, "Tags": ["env": "test", "team": "platform"]])
        #expect(try h.call("ListQueueTags", ["QueueUrl": url]) == ["Tags": ["team": "platform", "env": "test"]])
        try h.call("UntagQueue", ["QueueUrl": url, "TagKeys": ["team", "env"]])
        #expect(try h.call("ListQueueTags", ["QueueUrl": url]) == .emptyObject)
        var many: Value = [:]
        for i in 0..<51 { many["k\(i)"] = "v" }
        expectAWSError("InvalidParameterValue", "Too many tags added for queue tagged.") {
            try h.call("TagQueue", ["QueueUrl": url, "Tags": many])
        }
    }

    @Test("PurgeQueue empties the queue, including in-flight and delayed messages; again within 60 s fails")
    func purge() throws {
        let h = SQSHarness()
        let url = try h.createQueue("purge-me")
        for i in 0..<5 { try h.send(url, "m\(i)") }
        try h.send(url, "later", ["DelaySeconds": 30])
        _ = try h.receive(url, max: 2, wait: 1)
        try h.call("PurgeQueue", ["QueueUrl": .string(url)])
        #expect(try h.counts(url) == [0, 0, 0])
        expectAWSError("AWS.SimpleQueueService.PurgeQueueInProgress",
                       "Only one PurgeQueue operation on purge-me is allowed every 60 seconds.", status: 403) {
            try h.call("PurgeQueue", ["QueueUrl": .string(url)])
        }
        h.advance(60)
        try h.call("PurgeQueue", ["QueueUrl": .string(url)])
    }

    @Test("Missing required parameters")
    func missingParameters() throws {
        let h = SQSHarness()
        expectAWSError("MissingParameter", "The request must contain the parameter QueueName.") { try h.call("CreateQueue") }
        let url = try h.createQueue("q")
        expectAWSError("MissingParameter", "The request must contain the parameter MessageBody.") {
            try h.call("SendMessage", ["QueueUrl": .string(url)])
        }
        expectAWSError("MissingParameter", "The request must contain the parameter MessageBody.") {
            try h.send(url, "")
        }
        expectAWSError("MissingParameter") { try h.call("SetQueueAttributes", ["QueueUrl": .string(url)]) }
        expectAWSError("MissingParameter") { try h.call("TagQueue", ["QueueUrl": .string(url)]) }
        expectAWSError("MissingParameter") { try h.call("UntagQueue", ["QueueUrl": .string(url)]) }
        expectAWSError("MissingParameter") { try h.call("DeleteMessage", ["QueueUrl": .string(url)]) }
    }

    @Test("Operations the model knows but SQS does not have are refused")
    func unknownOperation() {
        let h = SQSHarness()
        expectAWSError("NotSimulated") { try h.call("DescribeQueue") }
    }
}
