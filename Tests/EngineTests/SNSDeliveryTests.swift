import Foundation
import Testing
@testable import Engine

@Suite("SNS delivery to SQS")
struct SNSDeliveryTests {
    @Test func fanOutToEveryQueue() throws {
        let sns = SNSHarness()
        let topic = try sns.createTopic("news")
        let (first, firstArn) = try sns.createQueue("a")
        let (second, secondArn) = try sns.createQueue("b")
        try sns.subscribe(topic, "sqs", firstArn)
        try sns.subscribe(topic, "sqs", secondArn)
        try sns.publish(topic, "hello")
        #expect(try sns.queues.counts(first)[0] == 1)
        #expect(try sns.queues.counts(second)[0] == 1)
        #expect(try sns.messages(first) == ["hello"])
        #expect(try sns.messages(second) == ["hello"])
    }

    @Test func theEnvelopeHasAWSsFieldsInOrder() throws {
        let sns = SNSHarness()
        let topic = try sns.createTopic("news")
        let (url, queueArn) = try sns.createQueue("q")
        let subscription = try sns.subscribe(topic, "sqs", queueArn)
        let published = try sns.publish(topic, "hi \"there\"", ["Subject": "Greeting", "MessageAttributes": [
            "kind": SNSHarness.stringAttribute("order"),
            "blob": ["DataType": "Binary", "BinaryValue": .blob(Data("AB".utf8))],
        ]])
        let message = try #require(try sns.drain(url).first)
        let body = try #require(message["Body"]?.stringValue)
        #expect(body.hasPrefix("{\n  \"Type\" : \"Notification\",\n  \"MessageId\" : "))
        let envelope = try JSONParser.parse(body)
        #expect(envelope.objectValue.map { Array($0.keys) } == [
            "Type", "MessageId", "TopicArn", "Subject", "Message", "Timestamp", "SignatureVersion", "Signature",
            "SigningCertURL", "UnsubscribeURL", "MessageAttributes",
        ])
        #expect(envelope["MessageId"] == published["MessageId"])
        #expect(envelope["TopicArn"]?.stringValue == topic)
        #expect(envelope["Message"] == "hi \"there\"")
        #expect(envelope["SignatureVersion"] == "1")
        #expect(envelope["UnsubscribeURL"]?.stringValue?.hasSuffix("SubscriptionArn=" + subscription) == true)
        #expect(envelope["MessageAttributes"]?["kind"] == ["Type": "String", "Value": "order"])
        #expect(envelope["MessageAttributes"]?["blob"] == ["Type": "Binary", "Value": "QUI="])
        let timestamp = try #require(envelope["Timestamp"]?.stringValue)
        #expect(timestamp.hasSuffix("Z") && timestamp.count == 24)
        #expect(message["Attributes"]?["SenderId"] == "AIDAIT2UOQQY3AUEKVGXU")
        #expect(message["MessageAttributes"] == nil)
    }

    @Test func noSubjectNoAttributesLeavesThemOut() throws {
        let sns = SNSHarness()
        let topic = try sns.createTopic("news")
        let (url, queueArn) = try sns.createQueue("q")
        try sns.subscribe(topic, "sqs", queueArn)
        try sns.publish(topic, "plain")
        let body = try #require(try sns.drain(url).first?["Body"]?.stringValue)
        let keys = try JSONParser.parse(body).objectValue.map { Array($0.keys) } ?? []
        #expect(!keys.contains("Subject") && !keys.contains("MessageAttributes"))
    }

    @Test func signatureVersionFollowsTheTopic() throws {
        let sns = SNSHarness()
        let topic = try sns.createTopic("news", ["SignatureVersion": "2"])
        let (url, queueArn) = try sns.createQueue("q")
        try sns.subscribe(topic, "sqs", queueArn)
        try sns.publish(topic, "x")
        let body = try #require(try sns.drain(url).first?["Body"]?.stringValue)
        #expect(try JSONParser.parse(body)["SignatureVersion"] == "2")
        expectAWSError("InvalidParameter") { try sns.createTopic("other", ["SignatureVersion": "3"]) }
    }

    @Test func rawDeliveryKeepsTheBodyAndAttributes() throws {
        let sns = SNSHarness()
        let topic = try sns.createTopic("news")
        let (url, queueArn) = try sns.createQueue("q")
        try sns.subscribe(topic, "sqs", queueArn, ["RawMessageDelivery": "true"])
        try sns.publish(topic, "raw body", ["MessageAttributes": ["kind": SNSHarness.stringAttribute("order")]])
        let message = try #require(try sns.drain(url).first)
        #expect(message["Body"] == "raw body")
        #expect(message["MessageAttributes"]?["kind"]?["StringValue"] == "order")
        #expect(message["MessageAttributes"]?["kind"]?["DataType"] == "String")
    }

    @Test func withoutAQueuePolicyNothingArrives() throws {
        let sns = SNSHarness()
        let topic = try sns.createTopic("news")
        let (url, queueArn) = try sns.createQueue("locked", allowSNS: false)
        try sns.subscribe(topic, "sqs", queueArn)
        try sns.publish(topic, "lost")
        #expect(try sns.drain(url).isEmpty)
        try sns.queues.call("SetQueueAttributes", ["QueueUrl": .string(url), "Attributes": [
            "Policy": .string(SNSHarness.snsPolicy(queueArn: queueArn, sourceArn: topic))]])
        try sns.publish(topic, "found")
        #expect(try sns.messages(url) == ["found"])
    }

    @Test(arguments: [
        (#"{"Statement":[{"Effect":"Allow","Principal":"*","Action":"sqs:SendMessage","Resource":"*"}]}"#, true),
        (#"{"Statement":[{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"SQS:*","Resource":"arn:aws:sqs:*"}]}"#, true),
        (#"{"Statement":{"Effect":"Allow","Principal":{"Service":["sns.amazonaws.com"]},"Action":["sqs:SendMessage"],"Resource":"arn:aws:sqs:us-east-1:123456789012:q"}}"#, true),
        (#"{"Statement":[{"Effect":"Allow","Principal":{"Service":"sns.amazonaws.com"},"Action":"sqs:SendMessage","Resource":"*","Condition":{"ArnLike":{"aws:SourceArn":"arn:aws:sns:*:123456789012:ne*"}}}]}"#, true),
        (#"{"Statement":[{"Effect":"Allow","Principal":{"Service":"sns.amazonaws.com"},"Action":"sqs:SendMessage","Resource":"*","Condition":{"ArnEquals":{"aws:SourceArn":"arn:aws:sns:us-east-1:123456789012:other"}}}]}"#, false),
        (#"{"Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sqs:SendMessage","Resource":"*"}]}"#, false),
        (#"{"Statement":[{"Effect":"Allow","Principal":{"Service":"sns.amazonaws.com"},"Action":"sqs:ReceiveMessage","Resource":"*"}]}"#, false),
        (#"{"Statement":[{"Effect":"Allow","Principal":"*","Action":"*","Resource":"*"},{"Effect":"Deny","Principal":"*","Action":"sqs:SendMessage","Resource":"*"}]}"#, false),
    ])
    func queuePolicies(policy: String, delivered: Bool) throws {
        let sns = SNSHarness()
        let topic = try sns.createTopic("news")
        let (url, queueArn) = try sns.createQueue("q", allowSNS: false, ["Policy": policy])
        try sns.subscribe(topic, "sqs", queueArn)
        try sns.publish(topic, "x")
        #expect(try sns.drain(url).count == (delivered ? 1 : 0))
    }

    @Test func deletedQueuesAndOtherProtocolsGetNothing() throws {
        let sns = SNSHarness()
        let topic = try sns.createTopic("news")
        let (url, queueArn) = try sns.createQueue("q")
        try sns.subscribe(topic, "sqs", queueArn)
        try sns.subscribe(topic, "lambda", "arn:aws:lambda:us-east-1:123456789012:function:f")
        try sns.queues.call("DeleteQueue", ["QueueUrl": .string(url)])
        #expect(try sns.publish(topic, "x")["MessageId"] != nil)
        sns.queues.advance(61)
        let (again, _) = try sns.createQueue("q")
        #expect(try sns.drain(again).isEmpty)
    }

    @Test func pendingSubscriptionsGetNothing() throws {
        let sns = SNSHarness()
        let topic = try sns.createTopic("news")
        let (url, _) = try sns.createQueue("q")
        // A queue of another account waits for confirmation; here it stands for any pending subscription.
        let arn = try sns.subscribe(topic, "sqs", "arn:aws:sqs:us-east-1:123456789012:q")
        sns.cloud.service(SNSService.self).subscriptions[arn]?.pendingConfirmation = true
        try sns.publish(topic, "x")
        #expect(try sns.drain(url).isEmpty)
    }

    @Test func undeliverableMessagesGoToTheRedriveQueue() throws {
        let sns = SNSHarness()
        let topic = try sns.createTopic("news")
        let (_, lockedArn) = try sns.createQueue("locked", allowSNS: false)
        let (dlq, dlqArn) = try sns.createQueue("dlq")
        try sns.subscribe(topic, "sqs", lockedArn, ["RedrivePolicy": #"{"deadLetterTargetArn":"\#(dlqArn)"}"#])
        try sns.publish(topic, "bounced")
        #expect(try sns.messages(dlq) == ["bounced"])
    }
}
