import Testing
@testable import Engine

@Suite("SNS FIFO topics")
struct SNSFifoTests {
    func fifoSetup(contentBased: Bool = false) throws -> (SNSHarness, String, String) {
        let sns = SNSHarness()
        var attributes = ["FifoTopic": "true"]
        if contentBased { attributes["ContentBasedDeduplication"] = "true" }
        let topic = try sns.createTopic("orders.fifo", attributes)
        let (url, queueArn) = try sns.createQueue("orders.fifo", ["FifoQueue": "true"])
        try sns.subscribe(topic, "sqs", queueArn)
        return (sns, topic, url)
    }

    @Test func groupIdIsRequired() throws {
        let (sns, topic, _) = try fifoSetup()
        expectAWSError("InvalidParameter", "Invalid parameter: The MessageGroupId parameter is required for FIFO topics") {
            try sns.publish(topic, "x", ["MessageDeduplicationId": "d"])
        }
        expectAWSError("InvalidParameter", "Invalid parameter: The topic should either have ContentBasedDeduplication "
                       + "enabled or MessageDeduplicationId provided explicitly") {
            try sns.publish(topic, "x", ["MessageGroupId": "g"])
        }
    }

    @Test func orderIsKeptPerGroup() throws {
        let (sns, topic, url) = try fifoSetup(contentBased: true)
        var sequences: [String] = []
        for (group, body) in [("A", "A1"), ("B", "B1"), ("A", "A2"), ("A", "A3"), ("B", "B2")] {
            let output = try sns.publish(topic, body, ["MessageGroupId": .string(group)])
            sequences.append(output["SequenceNumber"]?.stringValue ?? "")
        }
        #expect(sequences.allSatisfy { $0.count == 20 })
        #expect(sequences == sequences.sorted())
        let received = try sns.drain(url)
        let bodies = received.compactMap { (try? JSONParser.parse($0["Body"]?.stringValue ?? ""))?["Message"]?.stringValue }
        #expect(bodies.filter { $0.hasPrefix("A") } == ["A1", "A2", "A3"])
        #expect(bodies.filter { $0.hasPrefix("B") } == ["B1", "B2"])
        #expect(received.first?["Attributes"]?["MessageGroupId"] != nil)
        let envelope = try JSONParser.parse(received.first?["Body"]?.stringValue ?? "")
        #expect(envelope["SequenceNumber"] != nil)
    }

    @Test func duplicatesAreAcceptedButNotDelivered() throws {
        let (sns, topic, url) = try fifoSetup()
        let first = try sns.publish(topic, "once", ["MessageGroupId": "g", "MessageDeduplicationId": "d1"])
        let again = try sns.publish(topic, "once", ["MessageGroupId": "g", "MessageDeduplicationId": "d1"])
        #expect(again["MessageId"] == first["MessageId"])
        #expect(try sns.messages(url) == ["once"])
        sns.queues.advance(301)
        try sns.publish(topic, "once", ["MessageGroupId": "g", "MessageDeduplicationId": "d1"])
        #expect(try sns.messages(url) == ["once"])
    }

    @Test func contentBasedDeduplicationHashesTheBody() throws {
        let (sns, topic, url) = try fifoSetup(contentBased: true)
        try sns.publish(topic, "same", ["MessageGroupId": "g"])
        try sns.publish(topic, "same", ["MessageGroupId": "g"])
        try sns.publish(topic, "other", ["MessageGroupId": "g"])
        #expect(try sns.messages(url) == ["same", "other"])
    }

    @Test func aStandardQueueOnAFifoTopicGetsTheMessages() throws {
        let (sns, topic, _) = try fifoSetup(contentBased: true)
        let (url, queueArn) = try sns.createQueue("plain")
        try sns.subscribe(topic, "sqs", queueArn)
        try sns.publish(topic, "hi", ["MessageGroupId": "g"])
        #expect(try sns.messages(url) == ["hi"])
    }

    @Test func batchEntriesNeedGroupIds() throws {
        let (sns, topic, url) = try fifoSetup(contentBased: true)
        let output = try sns.call("PublishBatch", ["TopicArn": .string(topic), "PublishBatchRequestEntries": [
            ["Id": "1", "Message": "a", "MessageGroupId": "g"], ["Id": "2", "Message": "b"],
            ["Id": "3", "Message": "c", "MessageGroupId": "g"],
        ]])
        #expect(output["Failed"]?.arrayValue?.count == 1)
        #expect(output["Successful"]?[0]?["SequenceNumber"] != nil)
        #expect(try sns.messages(url) == ["a", "c"])
    }
}
