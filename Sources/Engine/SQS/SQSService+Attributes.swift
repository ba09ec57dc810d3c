/// `GetQueueAttributes` and `SetQueueAttributes`.
extension SQSService {
    func getQueueAttributes(_ input: SQSInput, _ context: RequestContext) throws -> Value {
        let queue = try queue(input, context)
        var wanted: [QueueAttributeName] = []
        for raw in input.strings("AttributeNames") {
            guard let name = QueueAttributeName(rawValue: raw) else { throw SQSErrors.unknownAttribute(raw) }
            if !wanted.contains(name) { wanted.append(name) }
        }
        if wanted.contains(.all) { wanted = QueueAttributeName.listingOrder }
        guard !wanted.isEmpty else { return .emptyObject }
        var counts: (visible: Int, notVisible: Int, delayed: Int)?
        func count() -> (visible: Int, notVisible: Int, delayed: Int) {
            if let counts { return counts }
            let fresh = queue.counts(now: context.now)
            counts = fresh
            return fresh
        }
        var attributes: Value = [:]
        for name in wanted {
            let text: String?
            switch name {
            case .queueArn: text = queue.arn
            case .approximateNumberOfMessages: text = String(count().visible)
            case .approximateNumberOfMessagesNotVisible: text = String(count().notVisible)
            case .approximateNumberOfMessagesDelayed: text = String(count().delayed)
            case .createdTimestamp: text = String(Int(queue.createdAt.rounded(.down)))
            case .lastModifiedTimestamp: text = String(Int(queue.lastModifiedAt.rounded(.down)))
            default: text = queue.attributes.text(name)
            }
            if let text { attributes[name.rawValue] = .string(text) }
        }
        guard attributes.objectValue?.isEmpty == false else { return .emptyObject }
        return ["Attributes": attributes]
    }

    func setQueueAttributes(_ input: SQSInput, _ context: RequestContext) throws -> Value {
        let queue = try queue(input, context)
        guard input.has("Attributes") else { throw SQSErrors.missingParameter("Attributes") }
        let requested = input.map("Attributes")
        var updated = queue.attributes
        try updated.apply(requested, creating: false, fifo: queue.isFifo)
        if let policy = updated.redrivePolicy, requested.contains(where: { $0.0 == QueueAttributeName.redrivePolicy.rawValue }) {
            try checkRedrive(policy, sourceArn: queue.arn, sourceIsFifo: queue.isFifo, context)
        }
        if updated.kmsMasterKeyId != queue.attributes.kmsMasterKeyId { queue.kmsDataKeyValidUntil = nil }
        queue.attributes = updated
        queue.lastModifiedAt = context.now
        return .emptyObject
    }
}
