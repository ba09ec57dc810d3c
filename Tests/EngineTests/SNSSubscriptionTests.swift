import Testing
@testable import Engine

@Suite("SNS subscriptions")
struct SNSSubscriptionTests {
    @Test func sqsSubscriptionsAreConfirmedAtOnce() throws {
        let sns = SNSHarness()
        let topic = try sns.createTopic("news")
        let (_, queueArn) = try sns.createQueue("q")
        let arn = try sns.subscribe(topic, "sqs", queueArn, returnArn: false)
        #expect(arn.hasPrefix(topic + ":"))
        let attributes = try sns.subscriptionAttributes(arn)
        #expect(attributes["PendingConfirmation"] == "false")
        #expect(attributes["RawMessageDelivery"] == "false")
        #expect(attributes["Protocol"] == "sqs")
        #expect(attributes["Endpoint"] == queueArn)
        #expect(try sns.topicAttributes(topic)["SubscriptionsConfirmed"] == "1")
        #expect(try sns.subscribe(topic, "sqs", queueArn) == arn)
    }

    @Test func emailSubscriptionsWaitForConfirmation() throws {
        let sns = SNSHarness()
        let topic = try sns.createTopic("news")
        #expect(try sns.subscribe(topic, "email", "me@example.com", returnArn: false) == "pending confirmation")
        let listed = try sns.call("ListSubscriptionsByTopic", ["TopicArn": .string(topic)])["Subscriptions"]?[0]
        #expect(listed?["SubscriptionArn"] == "PendingConfirmation")
        #expect(try sns.topicAttributes(topic)["SubscriptionsPending"] == "1")
        let arn = try sns.subscribe(topic, "email", "me@example.com", returnArn: true)
        #expect(try sns.subscriptionAttributes(arn)["PendingConfirmation"] == "true")
    }

    @Test func confirmSubscriptionWithTheToken() throws {
        let sns = SNSHarness()
        let topic = try sns.createTopic("news")
        let arn = try sns.subscribe(topic, "https", "https://example.com/hook")
        let token = try #require(sns.cloud.service(SNSService.self).subscriptions[arn]?.token)
        expectAWSError("InvalidParameter", "Invalid parameter: Token") {
            try sns.call("ConfirmSubscription", ["TopicArn": .string(topic), "Token": "nope"])
        }
        let confirmed = try sns.call("ConfirmSubscription", ["TopicArn": .string(topic), "Token": .string(token)])
        #expect(confirmed["SubscriptionArn"]?.stringValue == arn)
        #expect(try sns.subscriptionAttributes(arn)["PendingConfirmation"] == "false")
    }

    @Test(arguments: [
        ("sqs", "not-an-arn", "Invalid parameter: SQS endpoint ARN"),
        ("email", "nobody", "Invalid parameter: Email address"),
        ("http", "https://example.com", "Invalid parameter: Endpoint must match the specified protocol"),
        ("https", "ftp://example.com", "Invalid parameter: Endpoint must match the specified protocol"),
        ("lambda", "arn:aws:sqs:us-east-1:123456789012:q", "Invalid parameter: Lambda endpoint ARN"),
        ("sms", "12", "Invalid parameter: Invalid SMS endpoint: 12"),
        ("pigeon", "x", "Invalid parameter: Amazon SNS does not support this protocol string: pigeon"),
    ])
    func endpointsAreValidated(kind: String, endpoint: String, message: String) throws {
        let sns = SNSHarness()
        let topic = try sns.createTopic("news")
        expectAWSError("InvalidParameter", message) { try sns.subscribe(topic, kind, endpoint) }
    }

    @Test func everyProtocolIsAccepted() throws {
        let sns = SNSHarness()
        let topic = try sns.createTopic("news")
        let endpoints = [("http", "http://example.com"), ("https", "https://example.com"), ("email", "a@b.co"),
                         ("email-json", "a@b.co"), ("sms", "+15555550100"),
                         ("lambda", "arn:aws:lambda:us-east-1:123456789012:function:f"),
                         ("firehose", "arn:aws:firehose:us-east-1:123456789012:deliverystream/s"),
                         ("application", "arn:aws:sns:us-east-1:123456789012:endpoint/GCM/app/1"),
                         ("sqs", "arn:aws:sqs:us-east-1:123456789012:q")]
        for (kind, endpoint) in endpoints { try sns.subscribe(topic, kind, endpoint) }
        let listed = try sns.call("ListSubscriptions")["Subscriptions"]?.arrayValue ?? []
        #expect(listed.count == endpoints.count)
        let attributes = try sns.topicAttributes(topic)
        #expect(attributes["SubscriptionsPending"] == "4")
        #expect(attributes["SubscriptionsConfirmed"] == "5")
    }

    @Test func fifoTopicsTakeOnlyQueues() throws {
        let sns = SNSHarness()
        let fifo = try sns.createTopic("t.fifo", ["FifoTopic": "true"])
        expectAWSError("InvalidParameter", "Invalid parameter: Invalid protocol type: email") {
            try sns.subscribe(fifo, "email", "a@b.co")
        }
        try sns.subscribe(fifo, "sqs", "arn:aws:sqs:us-east-1:123456789012:q.fifo")
        let standard = try sns.createTopic("t")
        expectAWSError("InvalidParameter") { try sns.subscribe(standard, "sqs", "arn:aws:sqs:us-east-1:123456789012:q.fifo") }
    }

    @Test func unsubscribeCountsDeletedSubscriptions() throws {
        let sns = SNSHarness()
        let topic = try sns.createTopic("news")
        let arn = try sns.subscribe(topic, "sqs", "arn:aws:sqs:us-east-1:123456789012:q")
        try sns.call("Unsubscribe", ["SubscriptionArn": .string(arn)])
        #expect(try sns.topicAttributes(topic)["SubscriptionsDeleted"] == "1")
        try sns.call("Unsubscribe", ["SubscriptionArn": .string(arn)])
        #expect(try sns.topicAttributes(topic)["SubscriptionsDeleted"] == "1")
        expectAWSError("InvalidParameter", "Invalid parameter: SubscriptionArn") {
            try sns.call("Unsubscribe", ["SubscriptionArn": "PendingConfirmation"])
        }
    }

    @Test func subscriptionAttributes() throws {
        let sns = SNSHarness()
        let topic = try sns.createTopic("news")
        let arn = try sns.subscribe(topic, "sqs", "arn:aws:sqs:us-east-1:123456789012:q",
                                    ["RawMessageDelivery": "true", "FilterPolicy": #"{"type":["order"]}"#])
        var attributes = try sns.subscriptionAttributes(arn)
        #expect(attributes["RawMessageDelivery"] == "true")
        #expect(attributes["FilterPolicy"] == #"{"type":["order"]}"#)
        #expect(attributes["FilterPolicyScope"] == "MessageAttributes")
        try sns.call("SetSubscriptionAttributes", ["SubscriptionArn": .string(arn), "AttributeName": "FilterPolicy",
                                                   "AttributeValue": ""])
        attributes = try sns.subscriptionAttributes(arn)
        #expect(attributes["FilterPolicy"] == nil)
        expectAWSError("InvalidParameter", "Invalid parameter: AttributeName") {
            try sns.call("SetSubscriptionAttributes", ["SubscriptionArn": .string(arn), "AttributeName": "Colour",
                                                       "AttributeValue": "x"])
        }
        let email = try sns.subscribe(topic, "email", "a@b.co")
        expectAWSError("InvalidParameter",
                       "Invalid parameter: Delivery protocol [email] does not support raw message delivery.") {
            try sns.call("SetSubscriptionAttributes", ["SubscriptionArn": .string(email),
                                                       "AttributeName": "RawMessageDelivery", "AttributeValue": "true"])
        }
        expectAWSError("InvalidParameter", "Invalid parameter: Attributes Reason: Subscription already exists with different attributes") {
            try sns.subscribe(topic, "sqs", "arn:aws:sqs:us-east-1:123456789012:q", ["RawMessageDelivery": "false"])
        }
        expectAWSError("NotFound", "Subscription does not exist") {
            _ = try sns.subscriptionAttributes(topic + ":00000000-0000-4000-8000-000000000000")
        }
    }
}
