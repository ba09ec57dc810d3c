/// `TagResource`, `UntagResource`, `ListTagsForResource` (topics are SNS's taggable resources).
extension SNSService {
    /// The most tags a topic can have.
    static let tagLimit = 50

    func tagResource(_ input: SNSInput, _ context: RequestContext) throws -> Value {
        let topic = try taggedTopic(input, context)
        try Self.addTags(input.tags("Tags"), to: topic)
        return .emptyObject
    }

    func untagResource(_ input: SNSInput, _ context: RequestContext) throws -> Value {
        let topic = try taggedTopic(input, context)
        for key in input.strings("TagKeys") { topic.tags[key] = nil }
        return .emptyObject
    }

    func listTagsForResource(_ input: SNSInput, _ context: RequestContext) throws -> Value {
        let topic = try taggedTopic(input, context)
        return ["Tags": .array(topic.tags.map { ["Key": .string($0.key), "Value": .string($0.value)] })]
    }

    private func taggedTopic(_ input: SNSInput, _ context: RequestContext) throws -> Topic {
        let arn = try input.requiredString("ResourceArn")
        guard let topic = topics[arn], topic.region == context.region else { throw SNSErrors.resourceNotFound() }
        return topic
    }

    /// Adds or replaces tags, keeping the limit.
    static func addTags(_ tags: [(String, String)], to topic: Topic) throws {
        var updated = topic.tags
        for (key, value) in tags {
            guard (1...128).contains(key.count), value.count <= 256 else {
                throw SNSErrors.invalidParameter("Tags Reason: Tag keys must be 1 to 128 and values 0 to 256 characters")
            }
            updated[key] = value
        }
        if updated.count > tagLimit { throw SNSErrors.tagLimitExceeded() }
        topic.tags = updated
    }
}
