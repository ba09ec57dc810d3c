import Collections

/// `GetSubscriptionAttributes` and `SetSubscriptionAttributes`.
extension SNSService {
    func getSubscriptionAttributes(_ input: SNSInput, _ context: RequestContext) throws -> Value {
        let subscription = try subscription(arn: try input.requiredString("SubscriptionArn"), context)
        var attributes: OrderedDictionary<String, Value> = [
            "ConfirmationWasAuthenticated": .string(String(subscription.confirmationWasAuthenticated)),
            "PendingConfirmation": .string(String(subscription.pendingConfirmation)),
            "TopicArn": .string(subscription.topicArn),
            "Owner": .string(subscription.owner),
            "RawMessageDelivery": .string(String(subscription.rawMessageDelivery)),
            "Endpoint": .string(subscription.endpoint),
            "Protocol": .string(subscription.endpointProtocol.rawValue),
            "SubscriptionArn": .string(subscription.arn),
        ]
        if let policy = subscription.filterPolicy {
            attributes["FilterPolicy"] = .string(policy.text)
            attributes["FilterPolicyScope"] = .string(subscription.filterPolicyScope.rawValue)
        }
        if let redrive = subscription.redrivePolicy { attributes["RedrivePolicy"] = .string(redrive) }
        if let delivery = subscription.deliveryPolicy { attributes["DeliveryPolicy"] = .string(delivery) }
        if subscription.endpointProtocol == .http || subscription.endpointProtocol == .https {
            attributes["EffectiveDeliveryPolicy"] = .string(subscription.deliveryPolicy
                ?? topics[subscription.topicArn]?.deliveryPolicy ?? TopicDefaults.effectiveDeliveryPolicy)
        }
        if let role = subscription.subscriptionRoleArn { attributes["SubscriptionRoleArn"] = .string(role) }
        return ["Attributes": .object(attributes)]
    }

    func setSubscriptionAttributes(_ input: SNSInput, _ context: RequestContext) throws -> Value {
        let subscription = try subscription(arn: try input.requiredString("SubscriptionArn"), context)
        let name = try input.requiredString("AttributeName")
        try Self.set(name, input.string("AttributeValue") ?? "", on: subscription, reason: "")
        return .emptyObject
    }

    /// The stored value of a subscription attribute, to compare a repeated `Subscribe` with.
    static func attribute(_ name: String, of subscription: Subscription) -> String? {
        switch name {
        case "RawMessageDelivery": return String(subscription.rawMessageDelivery)
        case "FilterPolicy": return subscription.filterPolicy?.text
        case "FilterPolicyScope": return subscription.filterPolicyScope.rawValue
        case "RedrivePolicy": return subscription.redrivePolicy
        case "DeliveryPolicy": return subscription.deliveryPolicy
        case "SubscriptionRoleArn": return subscription.subscriptionRoleArn
        default: return nil
        }
    }

    /// Sets one subscription attribute, checked as SNS checks it. `reason` prefixes the
    /// messages (`Attributes Reason: ` when the attributes come with `Subscribe`).
    static func set(_ name: String, _ value: String, on subscription: Subscription, reason: String) throws {
        switch name {
        case "RawMessageDelivery":
            guard subscription.endpointProtocol.supportsRawDelivery else {
                throw SNSErrors.invalidParameter("\(reason)Delivery protocol [\(subscription.endpointProtocol.rawValue)] "
                    + "does not support raw message delivery.")
            }
            guard let flag = Bool(value.lowercased()) else {
                throw SNSErrors.invalidParameter("\(reason)RawMessageDelivery: Invalid value [\(value)]. "
                    + "Must be true or false.")
            }
            subscription.rawMessageDelivery = flag
        case "FilterPolicy":
            if value.isEmpty || value.filter({ !$0.isWhitespace }) == "{}" {
                subscription.filterPolicy = nil
                return
            }
            subscription.filterPolicy = try FilterPolicy(value, scope: subscription.filterPolicyScope,
                                                         context: "\(reason)FilterPolicy: ")
        case "FilterPolicyScope":
            guard let scope = FilterPolicyScope(rawValue: value) else {
                throw SNSErrors.invalidParameter("\(reason)FilterPolicyScope: Invalid filter policy scope, please "
                    + "specify a valid filter policy scope")
            }
            if let policy = subscription.filterPolicy {
                _ = try FilterPolicy(policy.text, scope: scope, context: "\(reason)FilterPolicy: ")
            }
            subscription.filterPolicyScope = scope
        case "RedrivePolicy":
            if value.isEmpty {
                subscription.redrivePolicy = nil
                return
            }
            guard let target = (try? JSONParser.parse(value))?["deadLetterTargetArn"]?.stringValue,
                  SubscriptionProtocol.isArn(target, service: "sqs") else {
                throw SNSErrors.invalidParameter("\(reason)RedrivePolicy: deadLetterTargetArn is missing or is not "
                    + "an SQS queue ARN")
            }
            subscription.redrivePolicy = value
        case "DeliveryPolicy":
            subscription.deliveryPolicy = value.isEmpty ? nil : value
        case "SubscriptionRoleArn":
            subscription.subscriptionRoleArn = value.isEmpty ? nil : value
        default:
            throw SNSErrors.invalidParameter("AttributeName")
        }
    }
}
