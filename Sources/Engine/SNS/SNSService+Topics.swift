import Foundation
import Collections

/// `CreateTopic`, `DeleteTopic`, `ListTopics`, `GetTopicAttributes`, `SetTopicAttributes`.
extension SNSService {
    /// Topics a `ListTopics` page holds.
    static let topicPageSize = 100

    func createTopic(_ input: SNSInput, _ context: RequestContext) throws -> Value {
        let name = try input.requiredString("Name")
        let attributes = input.map("Attributes")
        let fifoValue = attributes.last { $0.0 == "FifoTopic" }?.1.lowercased()
        if let fifoValue, fifoValue != "true", fifoValue != "false" {
            throw SNSErrors.invalidParameter("Attributes Reason: FifoTopic must be true or false")
        }
        let fifo = fifoValue == "true"
        try Self.checkTopicName(name, fifo: fifo)
        let arn = context.arn("sns", name)
        let tags = input.tags("Tags")
        if let existing = topics[arn] {
            for (key, value) in attributes where key != "FifoTopic" && Self.attribute(key, of: existing) != value {
                throw SNSErrors.invalidParameter("Attributes Reason: Topic already exists with different attributes")
            }
            for (key, value) in tags where existing.tags[key] != value {
                throw SNSErrors.invalidParameter("Tags Reason: Topic already exists with different tags")
            }
            return ["TopicArn": .string(arn)]
        }
        let topic = Topic(serial: nextTopicSerial, name: name, arn: arn, region: context.region, fifo: fifo,
                          policy: TopicDefaults.policy(topicArn: arn, accountId: context.accountId))
        for (key, value) in attributes where key != "FifoTopic" {
            try Self.set(key, value, on: topic, reason: "Attributes Reason: ")
        }
        try Self.addTags(tags, to: topic)
        nextTopicSerial += 1
        topics[arn] = topic
        return ["TopicArn": .string(arn)]
    }

    /// Names: 1-256 letters, digits, `_` and `-`; a FIFO topic's name ends in `.fifo`.
    static func checkTopicName(_ name: String, fifo: Bool) throws {
        var base = Substring(name)
        if fifo {
            guard name.hasSuffix(".fifo") else {
                throw SNSErrors.invalidParameter("Fifo Topic names must end with .fifo and must be made up of only "
                    + "uppercase and lowercase ASCII letters, numbers, underscores, and hyphens, and must be between "
                    + "1 and 256 characters long.")
            }
            base = base.dropLast(5)
        }
        let valid = (1...256).contains(base.count) && base.unicodeScalars.allSatisfy {
            $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "-")
        }
        if !valid { throw SNSErrors.invalidParameter("Topic Name") }
    }

    func deleteTopic(_ input: SNSInput, _ context: RequestContext) throws -> Value {
        let arn = try input.requiredString("TopicArn")
        // Idempotent: deleting a topic that does not exist is not an error.
        guard let topic = try? topic(arn: arn, context) else {
            _ = try topicArnParts(arn, context)
            return .emptyObject
        }
        topics[topic.arn] = nil
        for subscription in subscriptions(of: topic.arn) { subscriptions[subscription.arn] = nil }
        subscriptionOrder.removeAll { subscriptions[$0] == nil }
        return .emptyObject
    }

    /// Checks that an ARN is a well-formed topic ARN of this account and region.
    private func topicArnParts(_ arn: String, _ context: RequestContext) throws -> [Substring] {
        let parts = arn.split(separator: ":", omittingEmptySubsequences: false)
        if parts.count < 6 {
            throw SNSErrors.invalidParameter("TopicArn Reason: An ARN must have at least 6 elements, not \(parts.count)")
        }
        guard parts.count == 6, parts[0] == "arn", parts[2] == "sns", parts[3] == context.region,
              parts[4] == context.accountId else { throw SNSErrors.invalidParameter("TopicArn") }
        return parts
    }

    func listTopics(_ input: SNSInput, _ context: RequestContext) throws -> Value {
        let all = topics(in: context.region)
        let start = try Self.pageStart(input.string("NextToken"), count: all.count)
        let page = all[start..<min(all.count, start + Self.topicPageSize)]
        var output: Value = ["Topics": .array(page.map { ["TopicArn": .string($0.arn)] })]
        if start + Self.topicPageSize < all.count {
            output["NextToken"] = .string(Self.pageToken(start + Self.topicPageSize))
        }
        return output
    }

    func getTopicAttributes(_ input: SNSInput, _ context: RequestContext) throws -> Value {
        let topic = try topic(arn: try input.requiredString("TopicArn"), context)
        let subs = subscriptions(of: topic.arn)
        var attributes: OrderedDictionary<String, Value> = [
            "Policy": .string(topic.policy),
            "Owner": .string(context.accountId),
            "SubscriptionsPending": .string(String(subs.filter(\.pendingConfirmation).count)),
            "TopicArn": .string(topic.arn),
            "EffectiveDeliveryPolicy": .string(topic.deliveryPolicy ?? TopicDefaults.effectiveDeliveryPolicy),
            "SubscriptionsConfirmed": .string(String(subs.filter { !$0.pendingConfirmation }.count)),
            "DisplayName": .string(topic.displayName),
            "SubscriptionsDeleted": .string(String(topic.subscriptionsDeleted)),
        ]
        if let deliveryPolicy = topic.deliveryPolicy { attributes["DeliveryPolicy"] = .string(deliveryPolicy) }
        for (key, value) in topic.otherAttributes { attributes[key] = .string(value) }
        if topic.fifo {
            attributes["FifoTopic"] = "true"
            attributes["ContentBasedDeduplication"] = .string(String(topic.contentBasedDeduplication))
        }
        return ["Attributes": .object(attributes)]
    }

    func setTopicAttributes(_ input: SNSInput, _ context: RequestContext) throws -> Value {
        let topic = try topic(arn: try input.requiredString("TopicArn"), context)
        let name = try input.requiredString("AttributeName")
        try Self.set(name, input.string("AttributeValue") ?? "", on: topic, reason: "")
        return .emptyObject
    }

    // MARK: - Attributes

    /// The stored value of a settable attribute, to compare a repeated `CreateTopic` with.
    static func attribute(_ name: String, of topic: Topic) -> String? {
        switch name {
        case "DisplayName": return topic.displayName
        case "Policy": return topic.policy
        case "DeliveryPolicy": return topic.deliveryPolicy
        case "ContentBasedDeduplication": return String(topic.contentBasedDeduplication)
        default: return topic.otherAttributes[name]
        }
    }

    /// Sets one topic attribute, checked as SNS checks it.
    static func set(_ name: String, _ value: String, on topic: Topic, reason: String) throws {
        switch name {
        case "DisplayName":
            if value.count > 100 { throw SNSErrors.invalidParameter("\(reason)DisplayName") }
            topic.displayName = value
        case "Policy":
            guard let policy = try? JSONParser.parse(value), case .object = policy else {
                throw SNSErrors.invalidParameter("\(reason)Policy Error: null")
            }
            topic.policy = value
        case "DeliveryPolicy":
            guard value.isEmpty || (try? JSONParser.parse(value))?.objectValue != nil else {
                throw SNSErrors.invalidParameter("\(reason)DeliveryPolicy: Invalid JSON")
            }
            topic.deliveryPolicy = value.isEmpty ? nil : value
        case "ContentBasedDeduplication":
            guard topic.fifo else {
                throw SNSErrors.invalidParameter("\(reason)ContentBasedDeduplication Reason: Content-based "
                    + "deduplication can only be set for FIFO topics")
            }
            guard let flag = Bool(value.lowercased()) else {
                throw SNSErrors.invalidParameter("\(reason)ContentBasedDeduplication")
            }
            topic.contentBasedDeduplication = flag
        case "SignatureVersion":
            guard value == "1" || value == "2" else { throw SNSErrors.invalidParameter("\(reason)SignatureVersion") }
            topic.otherAttributes[name] = value
        default:
            guard TopicDefaults.otherAttributeNames.contains(name) else {
                throw SNSErrors.invalidParameter("AttributeName")
            }
            topic.otherAttributes[name] = value
        }
    }

    // MARK: - Pages

    /// The index a `NextToken` resumes from.
    static func pageStart(_ token: String?, count: Int) throws -> Int {
        guard let token else { return 0 }
        guard let data = Data(base64Encoded: token), let text = String(data: data, encoding: .utf8),
              text.hasPrefix("lab-page:"), let index = Int(text.dropFirst(9)), (0...count).contains(index) else {
            throw SNSErrors.invalidParameter("NextToken")
        }
        return index
    }

    static func pageToken(_ index: Int) -> String {
        Data("lab-page:\(index)".utf8).base64EncodedString()
    }
}
