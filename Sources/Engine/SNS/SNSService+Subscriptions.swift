import Collections

/// `Subscribe`, `ConfirmSubscription`, `Unsubscribe`, `ListSubscriptions`,
/// `ListSubscriptionsByTopic`.
extension SNSService {
    /// Subscriptions a listing page holds.
    static let subscriptionPageSize = 100
    /// What `Subscribe` returns for a subscription that waits for confirmation.
    static let pendingConfirmation = "pending confirmation"

    func subscribe(_ input: SNSInput, _ context: RequestContext) throws -> Value {
        let topic = try topic(arn: try input.requiredString("TopicArn"), context)
        let protocolName = try input.requiredString("Protocol")
        guard let kind = SubscriptionProtocol(rawValue: protocolName.lowercased()) else {
            throw SNSErrors.invalidParameter("Amazon SNS does not support this protocol string: \(protocolName)")
        }
        let endpoint = input.string("Endpoint") ?? ""
        try kind.validate(endpoint)
        if topic.fifo, kind != .sqs {
            throw SNSErrors.invalidParameter("Invalid protocol type: \(kind.rawValue)")
        }
        if kind == .sqs, !topic.fifo, endpoint.hasSuffix(".fifo") {
            throw SNSErrors.invalidParameter("Invalid parameter: Endpoint Reason: FIFO SQS Queues can not be "
                + "subscribed to standard SNS topics")
        }
        let attributes = input.map("Attributes")
        let returnArn = input.bool("ReturnSubscriptionArn") ?? false
        if let existing = subscriptions(of: topic.arn).first(where: { $0.endpointProtocol == kind && $0.endpoint == endpoint }) {
            for (name, value) in attributes where Self.attribute(name, of: existing) != value {
                throw SNSErrors.invalidParameter("Attributes Reason: Subscription already exists with different attributes")
            }
            return ["SubscriptionArn": .string(existing.pendingConfirmation && !returnArn
                                                ? Self.pendingConfirmation : existing.arn)]
        }
        let crossAccount = kind == .sqs && Self.account(of: endpoint) != context.accountId
        let subscription = Subscription(
            arn: topic.arn + ":" + context.cloud.ids.uuid(), topicArn: topic.arn, endpointProtocol: kind,
            endpoint: endpoint, owner: context.accountId, pendingConfirmation: kind.needsConfirmation || crossAccount,
            token: context.cloud.ids.hex(128))
        // FilterPolicyScope first, so the policy is checked against the right scope.
        let ordered = attributes.filter { $0.0 == "FilterPolicyScope" } + attributes.filter { $0.0 != "FilterPolicyScope" }
        for (name, value) in ordered {
            try Self.set(name, value, on: subscription, reason: "Attributes Reason: ")
        }
        subscriptions[subscription.arn] = subscription
        subscriptionOrder.append(subscription.arn)
        return ["SubscriptionArn": .string(subscription.pendingConfirmation && !returnArn
                                            ? Self.pendingConfirmation : subscription.arn)]
    }

    static func account(of arn: String) -> String {
        let parts = arn.split(separator: ":", omittingEmptySubsequences: false)
        return parts.count > 4 ? String(parts[4]) : ""
    }

    func confirmSubscription(_ input: SNSInput, _ context: RequestContext) throws -> Value {
        let topic = try topic(arn: try input.requiredString("TopicArn"), context)
        let token = try input.requiredString("Token")
        guard let subscription = subscriptions(of: topic.arn).first(where: { $0.token == token }) else {
            throw SNSErrors.invalidParameter("Token")
        }
        subscription.pendingConfirmation = false
        subscription.confirmationWasAuthenticated = (input.string("AuthenticateOnUnsubscribe") ?? "false")
            .lowercased() == "true"
        return ["SubscriptionArn": .string(subscription.arn)]
    }

    /// Unsubscribing a subscription that no longer exists succeeds, as on AWS (the API
    /// reference lists `NotFound`, but SNS answers a repeated `Unsubscribe` with success).
    func unsubscribe(_ input: SNSInput, _ context: RequestContext) throws -> Value {
        let subscription: Subscription
        do {
            subscription = try self.subscription(arn: try input.requiredString("SubscriptionArn"), context)
        } catch let error as AWSError where error.code == "NotFound" {
            return .emptyObject
        }
        subscriptions[subscription.arn] = nil
        subscriptionOrder.removeAll { $0 == subscription.arn }
        topics[subscription.topicArn]?.subscriptionsDeleted += 1
        return .emptyObject
    }

    func listSubscriptions(_ input: SNSInput, _ context: RequestContext) throws -> Value {
        let all = subscriptionOrder.compactMap { subscriptions[$0] }
            .filter { topics[$0.topicArn]?.region == context.region }
        return try Self.page(all, token: input.string("NextToken"))
    }

    func listSubscriptionsByTopic(_ input: SNSInput, _ context: RequestContext) throws -> Value {
        let topic = try topic(arn: try input.requiredString("TopicArn"), context)
        return try Self.page(subscriptions(of: topic.arn), token: input.string("NextToken"))
    }

    private static func page(_ all: [Subscription], token: String?) throws -> Value {
        let start = try pageStart(token, count: all.count)
        let page = all[start..<min(all.count, start + subscriptionPageSize)]
        var output: Value = ["Subscriptions": .array(page.map { subscription -> Value in
            [
                "SubscriptionArn": .string(subscription.listedArn),
                "Owner": .string(subscription.owner),
                "Protocol": .string(subscription.endpointProtocol.rawValue),
                "Endpoint": .string(subscription.endpoint),
                "TopicArn": .string(subscription.topicArn),
            ]
        })]
        if start + subscriptionPageSize < all.count {
            output["NextToken"] = .string(pageToken(start + subscriptionPageSize))
        }
        return output
    }
}
