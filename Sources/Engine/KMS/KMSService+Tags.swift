/// Tags on customer managed keys (TagResource, UntagResource, ListResourceTags).
extension KMSService {
    static func tags(_ input: Value) throws -> [KMSTag] {
        var tags: [KMSTag] = []
        for item in input.array("Tags") {
            guard let key = item.string("TagKey"), let value = item.string("TagValue") else {
                throw KMSErrors.tagException("Tags must have a TagKey and a TagValue.")
            }
            if key.hasPrefix("aws:") { throw KMSErrors.tagException("Tags beginning with aws: are reserved") }
            tags.removeAll { $0.key == key }
            tags.append(KMSTag(key: key, value: value))
        }
        return tags
    }

    func tagResource(_ input: Value, _ context: RequestContext) throws -> Value {
        let key = try customerKey(input, context, action: "TagResource")
        if key.state == .pendingDeletion { throw KMSErrors.pendingDeletion(key.arn) }
        var tags = key.tags
        for tag in try Self.tags(input) {
            if let i = tags.firstIndex(where: { $0.key == tag.key }) { tags[i] = tag } else { tags.append(tag) }
        }
        if tags.count > 50 { throw AWSError("LimitExceededException", "A key can have at most 50 tags.") }
        keys[key.id]?.tags = tags
        return .emptyObject
    }

    func untagResource(_ input: Value, _ context: RequestContext) throws -> Value {
        let key = try customerKey(input, context, action: "UntagResource")
        if key.state == .pendingDeletion { throw KMSErrors.pendingDeletion(key.arn) }
        let names = Set(input.strings("TagKeys"))
        keys[key.id]?.tags.removeAll { names.contains($0.key) }
        return .emptyObject
    }

    func listResourceTags(_ input: Value, _ context: RequestContext) throws -> Value {
        let key = try key(input, context, allowAlias: false)
        let page = try KMSPage(key.tags, input)
        return Value.kmsObject([("Tags", .array(page.items.map(\.entry)))] + page.outputMembers)
    }
}
