/// Amazon Simple Notification Service: topics (standard and FIFO), subscriptions with their
/// confirmation, filter policies and raw delivery, and publishing that fans a message out to
/// every confirmed SQS subscription the queue's policy lets SNS send to.
public final class SNSService: ServiceEngine, Codable {
    public static let serviceName = "sns"

    /// Topics by ARN.
    var topics: [String: Topic] = [:]
    /// Subscriptions by ARN, in the order they were made.
    var subscriptions: [String: Subscription] = [:]
    var subscriptionOrder: [String] = []
    var nextTopicSerial: UInt32 = 1

    public init() {}

    private enum CodingKeys: String, CodingKey { case topics, subscriptions, subscriptionOrder, nextTopicSerial }

    public func perform(_ operation: String, _ input: Value, context: RequestContext) throws -> Value {
        let input = SNSInput(input)
        switch operation {
        case "CreateTopic": return try createTopic(input, context)
        case "DeleteTopic": return try deleteTopic(input, context)
        case "ListTopics": return try listTopics(input, context)
        case "GetTopicAttributes": return try getTopicAttributes(input, context)
        case "SetTopicAttributes": return try setTopicAttributes(input, context)
        case "Subscribe": return try subscribe(input, context)
        case "ConfirmSubscription": return try confirmSubscription(input, context)
        case "Unsubscribe": return try unsubscribe(input, context)
        case "ListSubscriptions": return try listSubscriptions(input, context)
        case "ListSubscriptionsByTopic": return try listSubscriptionsByTopic(input, context)
        case "GetSubscriptionAttributes": return try getSubscriptionAttributes(input, context)
        case "SetSubscriptionAttributes": return try setSubscriptionAttributes(input, context)
        case "Publish": return try publish(input, context)
        case "PublishBatch": return try publishBatch(input, context)
        case "TagResource": return try tagResource(input, context)
        case "UntagResource": return try untagResource(input, context)
        case "ListTagsForResource": return try listTagsForResource(input, context)
        default: throw AWSError.notSimulated(service: Self.serviceName, operation: operation)
        }
    }

    // MARK: - Finding topics and subscriptions

    /// The topic an ARN names: a malformed ARN or one of another region or account is an
    /// invalid parameter, a well-formed one without a topic is `NotFound`.
    func topic(arn: String, parameter: String = "TopicArn", _ context: RequestContext) throws -> Topic {
        let parts = arn.split(separator: ":", omittingEmptySubsequences: false)
        if parts.count < 6 {
            throw SNSErrors.invalidParameter("\(parameter) Reason: An ARN must have at least 6 elements, not \(parts.count)")
        }
        guard parts.count == 6, parts[0] == "arn", parts[2] == "sns", parts[3] == context.region,
              parts[4] == context.accountId else {
            throw SNSErrors.invalidParameter(parameter)
        }
        guard let topic = topics[arn] else { throw SNSErrors.topicNotFound() }
        return topic
    }

    /// The subscription an ARN names.
    func subscription(arn: String, _ context: RequestContext) throws -> Subscription {
        let parts = arn.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 7, parts[0] == "arn", parts[2] == "sns" else {
            throw SNSErrors.invalidParameter("SubscriptionArn")
        }
        guard let subscription = subscriptions[arn], parts[3] == context.region else {
            throw SNSErrors.subscriptionNotFound()
        }
        return subscription
    }

    /// The subscriptions of a topic, oldest first.
    func subscriptions(of topicArn: String) -> [Subscription] {
        subscriptionOrder.compactMap { subscriptions[$0] }.filter { $0.topicArn == topicArn }
    }

    /// The topics of a region, oldest first.
    func topics(in region: String) -> [Topic] {
        topics.values.filter { $0.region == region }.sorted { $0.serial < $1.serial }
    }
}
