import Foundation
import Testing
@testable import Engine

@Suite("SNS publish")
struct SNSPublishTests {
    @Test func publishReturnsAMessageId() throws {
        let sns = SNSHarness()
        let topic = try sns.createTopic("news")
        let output = try sns.publish(topic, "hello")
        #expect(output["MessageId"]?.stringValue?.count == 36)
        #expect(output["SequenceNumber"] == nil)
        let target = try sns.call("Publish", ["TargetArn": .string(topic), "Message": "hi"])
        #expect(target["MessageId"] != nil)
    }

    @Test func theLimitIs256KiBWithAttributes() throws {
        let sns = SNSHarness()
        let topic = try sns.createTopic("news")
        try sns.publish(topic, String(repeating: "a", count: 262_144))
        expectAWSError("InvalidParameter", "Invalid parameter: Message too long") {
            try sns.publish(topic, String(repeating: "a", count: 262_145))
        }
        expectAWSError("InvalidParameter", "Invalid parameter: Message too long") {
            try sns.publish(topic, String(repeating: "a", count: 262_140),
                            ["MessageAttributes": ["k": SNSHarness.stringAttribute("v")]])
        }
        // The same 300 KB body is fine for SQS (1 MiB).
        let (url, _) = try sns.createQueue("big")
        try sns.queues.send(url, String(repeating: "a", count: 300_000))
    }

    @Test func messageChecks() throws {
        let sns = SNSHarness()
        let topic = try sns.createTopic("news")
        expectAWSError("InvalidParameter", "Invalid parameter: Empty message") { try sns.publish(topic, "") }
        expectAWSError("InvalidParameter", "Invalid parameter: Subject") {
            try sns.publish(topic, "x", ["Subject": "two\nlines"])
        }
        expectAWSError("InvalidParameter", "Invalid parameter: Subject") {
            try sns.publish(topic, "x", ["Subject": .string(String(repeating: "s", count: 100))])
        }
        expectAWSError("NotFound", "Topic does not exist") {
            try sns.publish("arn:aws:sns:us-east-1:123456789012:missing", "x")
        }
        expectAWSError("InvalidParameter", "Invalid parameter: TopicArn or TargetArn Reason: no value for required parameter") {
            try sns.call("Publish", ["Message": "x"])
        }
        expectAWSError("InvalidParameter", "Invalid parameter: MessageDeduplicationId Reason: The request includes "
                       + "MessageDeduplicationId parameter that is not valid for this topic type") {
            try sns.publish(topic, "x", ["MessageDeduplicationId": "d"])
        }
    }

    @Test func messageStructureJson() throws {
        let sns = SNSHarness()
        let topic = try sns.createTopic("news")
        expectAWSError("InvalidParameter", "Invalid parameter: Message Structure - No default entry in JSON message body") {
            try sns.publish(topic, #"{"sqs":"x"}"#, ["MessageStructure": "json"])
        }
        expectAWSError("InvalidParameter", "Invalid parameter: Message Structure - JSON message body failed to parse") {
            try sns.publish(topic, "not json", ["MessageStructure": "json"])
        }
        let (url, queueArn) = try sns.createQueue("q")
        try sns.subscribe(topic, "sqs", queueArn)
        try sns.publish(topic, #"{"default":"for everyone","sqs":"for queues"}"#, ["MessageStructure": "json"])
        #expect(try sns.messages(url) == ["for queues"])
    }

    @Test func messageAttributeTypes() throws {
        let sns = SNSHarness()
        let topic = try sns.createTopic("news")
        try sns.publish(topic, "x", ["MessageAttributes": [
            "s": SNSHarness.stringAttribute("v"), "n": SNSHarness.stringAttribute("1.5", type: "Number"),
            "a": SNSHarness.stringAttribute(#"["x",1,true,null]"#, type: "String.Array"),
            "b": ["DataType": "Binary", "BinaryValue": .blob(Data([1, 2, 3]))],
        ]])
        expectAWSError("ParameterValueInvalid", "Could not cast message attribute 'n' value to number.") {
            try sns.publish(topic, "x", ["MessageAttributes": ["n": SNSHarness.stringAttribute("abc", type: "Number")]])
        }
        expectAWSError("ParameterValueInvalid") {
            try sns.publish(topic, "x", ["MessageAttributes": ["d": SNSHarness.stringAttribute("v", type: "Date")]])
        }
        expectAWSError("ParameterValueInvalid") {
            try sns.publish(topic, "x", ["MessageAttributes": ["s": SNSHarness.stringAttribute("")]])
        }
        expectAWSError("InvalidParameter") {
            try sns.publish(topic, "x", ["MessageAttributes": ["a": SNSHarness.stringAttribute("x", type: "String.Array")]])
        }
    }

    @Test func phoneNumbers() throws {
        let sns = SNSHarness()
        #expect(try sns.call("Publish", ["PhoneNumber": "+15555550100", "Message": "hi"])["MessageId"] != nil)
        expectAWSError("InvalidParameter", "Invalid parameter: PhoneNumber Reason: input incorrectly formatted") {
            try sns.call("Publish", ["PhoneNumber": "555", "Message": "hi"])
        }
    }

    @Test func publishBatch() throws {
        let sns = SNSHarness()
        let topic = try sns.createTopic("news")
        let (url, queueArn) = try sns.createQueue("q")
        try sns.subscribe(topic, "sqs", queueArn, ["RawMessageDelivery": "true"])
        let output = try sns.call("PublishBatch", ["TopicArn": .string(topic), "PublishBatchRequestEntries": [
            ["Id": "a", "Message": "one"], ["Id": "b", "Message": ""], ["Id": "c", "Message": "three"],
        ]])
        #expect(output["Successful"]?.arrayValue?.compactMap { $0["Id"]?.stringValue } == ["a", "c"])
        #expect(output["Failed"]?[0]?["Code"] == "InvalidParameter")
        #expect(output["Failed"]?[0]?["SenderFault"] == .bool(true))
        #expect(Set(try sns.messages(url)) == ["one", "three"])
        let eleven = Value.array((0..<11).map { ["Id": .string("m\($0)"), "Message": "x"] })
        expectAWSError("TooManyEntriesInBatchRequest") {
            try sns.call("PublishBatch", ["TopicArn": .string(topic), "PublishBatchRequestEntries": eleven])
        }
        expectAWSError("BatchEntryIdsNotDistinct") {
            try sns.call("PublishBatch", ["TopicArn": .string(topic), "PublishBatchRequestEntries": [
                ["Id": "a", "Message": "x"], ["Id": "a", "Message": "y"]]])
        }
        expectAWSError("EmptyBatchRequest") {
            try sns.call("PublishBatch", ["TopicArn": .string(topic), "PublishBatchRequestEntries": []])
        }
        expectAWSError("InvalidBatchEntryId") {
            try sns.call("PublishBatch", ["TopicArn": .string(topic), "PublishBatchRequestEntries": [
                ["Id": "a b", "Message": "x"]]])
        }
    }
}
