import Foundation
import Testing
@testable import Engine

@Suite("SNS snapshots")
struct SNSSnapshotTests {
    @Test func aRestoredCloudDeliversAndDeduplicatesAsTheOriginal() throws {
        let sns = SNSHarness()
        let topic = try sns.createTopic("t.fifo", ["FifoTopic": "true", "DisplayName": "T"])
        let (_, queueArn) = try sns.createQueue("q.fifo", ["FifoQueue": "true"])
        try sns.subscribe(topic, "sqs", queueArn, ["FilterPolicy": #"{"k":[{"numeric":[">",1.5]}]}"#])
        try sns.subscribe(topic, "sqs", "arn:aws:sqs:us-east-1:123456789012:other.fifo")
        try sns.call("TagResource", ["ResourceArn": .string(topic), "Tags": [["Key": "a", "Value": "b"]]])
        let attribute: Value = ["k": SNSHarness.stringAttribute("2", type: "Number")]
        try sns.publish(topic, "m", ["MessageGroupId": "g", "MessageDeduplicationId": "d", "MessageAttributes": attribute])
        let data = try sns.cloud.snapshot()
        let restored = try Cloud(snapshot: data)
        #expect(try restored.snapshot() == data)
        let again = try restored.call("sns", "Publish", ["TopicArn": .string(topic), "Message": "m", "MessageGroupId": "g",
                                                         "MessageDeduplicationId": "d", "MessageAttributes": attribute],
                                      region: "us-east-1")
        let original = try sns.publish(topic, "m", ["MessageGroupId": "g", "MessageDeduplicationId": "d",
                                                    "MessageAttributes": attribute])
        #expect(again == original)
        let url = "https://sqs.us-east-1.amazonaws.com/123456789012/q.fifo"
        let received = try restored.call("sqs", "ReceiveMessage", ["QueueUrl": .string(url), "MaxNumberOfMessages": 10],
                                         region: "us-east-1")
        #expect(received["Messages"]?.arrayValue?.count == 1)
    }
}
