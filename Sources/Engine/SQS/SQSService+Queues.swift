import Foundation

/// Creating, finding, listing, purging, deleting and tagging queues.
extension SQSService {
    func createQueue(_ input: SQSInput, _ context: RequestContext) throws -> Value {
        let name = try input.requiredString("QueueName")
        let requested = input.map("Attributes")
        let fifo = requested.contains { $0.0 == QueueAttributeName.fifoQueue.rawValue && QueueAttributes.bool($0.1) == true }
        guard Self.isValidName(name, fifo: fifo) else { throw SQSErrors.invalidQueueName(fifo: fifo) }

        var attributes = QueueAttributes()
        try attributes.apply(requested, creating: true, fifo: fifo)
        let arn = QueueAddress.arn(region: context.region, account: context.accountId, name: name)
        if let policy = attributes.redrivePolicy {
            try checkRedrive(policy, sourceArn: arn, sourceIsFifo: fifo, context)
        }

        let key = Self.key(region: context.region, name: name)
        if let existing = queues[key] {
            for (attributeName, _) in requested {
                guard let known = QueueAttributeName(rawValue: attributeName) else { continue }
                if attributes.text(known) != existing.attributes.text(known) {
                    throw SQSErrors.queueAlreadyExists(attribute: attributeName)
                }
            }
            return ["QueueUrl": .string(existing.url)]
        }
        if let deleted = deletedAt[key], context.now - deleted < 60 { throw SQSErrors.queueDeletedRecently() }

        let queue = Queue(serial: nextQueueSerial, name: name, region: context.region, account: context.accountId,
                          now: context.now, attributes: attributes)
        nextQueueSerial += 1
        if fifo { queue.sequenceCounter = SQSIdentifiers.sequenceStart(&context.cloud.ids) }
        for (tagKey, tagValue) in input.map("tags") { queue.tags[tagKey] = tagValue }
        queues[key] = queue
        resolvedURLs.removeAll()
        return ["QueueUrl": .string(queue.url)]
    }

    /// 1-80 letters, digits, hyphens and underscores; a FIFO queue's name ends with `.fifo`
    /// (counted in the 80).
    static func isValidName(_ name: String, fifo: Bool) -> Bool {
        guard fifo else { return SQSIdentifiers.isNameLike(name, maxLength: 80) }
        guard name.hasSuffix(".fifo") else { return false }
        return SQSIdentifiers.isNameLike(String(name.dropLast(5)), maxLength: 75)
    }

    func deleteQueue(_ input: SQSInput, _ context: RequestContext) throws -> Value {
        let queue = try queue(input, context)
        let key = Self.key(region: queue.region, name: queue.name)
        queues[key] = nil
        resolvedURLs.removeAll()
        deletedAt[key] = context.now
        return .emptyObject
    }

    func getQueueUrl(_ input: SQSInput, _ context: RequestContext) throws -> Value {
        let name = try input.requiredString("QueueName")
        if let owner = input.string("QueueOwnerAWSAccountId"), owner != context.accountId {
            throw SQSErrors.queueDoesNotExist()
        }
        guard let queue = queues[Self.key(region: context.region, name: name)] else {
            throw SQSErrors.queueDoesNotExist()
        }
        return ["QueueUrl": .string(queue.url)]
    }

    func listQueues(_ input: SQSInput, _ context: RequestContext) throws -> Value {
        let maxResults = try input.int("MaxResults")
        if let maxResults, !(1...1000).contains(maxResults) {
            throw SQSErrors.invalidParameter(String(maxResults), "MaxResults",
                                             reason: "MaxResults must be an integer between 1 and 1000.")
        }
        var names = queues(in: context.region).map(\.name)
        if let prefix = input.string("QueueNamePrefix") { names = names.filter { $0.hasPrefix(prefix) } }
        let page = try Self.page(names, token: input.string("NextToken"), maxResults: maxResults)
        var result: Value = [:]
        if !page.items.isEmpty {
            result["QueueUrls"] = .array(page.items.map {
                .string(QueueAddress.url(region: context.region, account: context.accountId, name: $0))
            })
        }
        if let next = page.nextToken { result["NextToken"] = .string(next) }
        return result
    }

    /// One page of names: after the token's name, up to `maxResults` (1,000 without it, and
    /// then no token).
    static func page(_ names: [String], token: String?, maxResults: Int?) throws -> (items: [String], nextToken: String?) {
        var remaining = names[...]
        if let token {
            guard let data = Data(base64Encoded: token), let after = String(data: data, encoding: .utf8),
                  after.hasPrefix("sqs:") else {
                throw SQSErrors.invalidParameterValue("Invalid NextToken value.")
            }
            let last = String(after.dropFirst(4))
            remaining = remaining.drop { $0 <= last }
        }
        let limit = maxResults ?? 1000
        let items = Array(remaining.prefix(limit))
        guard maxResults != nil, remaining.count > limit, let last = items.last else { return (items, nil) }
        return (items, Data(("sqs:" + last).utf8).base64EncodedString())
    }

    func purgeQueue(_ input: SQSInput, _ context: RequestContext) throws -> Value {
        let queue = try queue(input, context)
        if let last = queue.lastPurgeAt, context.now - last < 60 {
            throw SQSErrors.purgeQueueInProgress(queueName: queue.name)
        }
        queue.lastPurgeAt = context.now
        _ = queue.purgeAll()
        return .emptyObject
    }

    // MARK: - Tags

    func tagQueue(_ input: SQSInput, _ context: RequestContext) throws -> Value {
        let queue = try queue(input, context)
        guard input.has("Tags") else { throw SQSErrors.missingParameter("Tags") }
        var tags = queue.tags
        for (key, value) in input.map("Tags") { tags[key] = value }
        guard tags.count <= 50 else {
            throw SQSErrors.invalidParameterValue("Too many tags added for queue \(queue.name).")
        }
        queue.tags = tags
        return .emptyObject
    }

    func untagQueue(_ input: SQSInput, _ context: RequestContext) throws -> Value {
        let queue = try queue(input, context)
        guard input.has("TagKeys") else { throw SQSErrors.missingParameter("TagKeys") }
        for key in input.strings("TagKeys") { queue.tags[key] = nil }
        return .emptyObject
    }

    func listQueueTags(_ input: SQSInput, _ context: RequestContext) throws -> Value {
        let queue = try queue(input, context)
        guard !queue.tags.isEmpty else { return .emptyObject }
        var tags: Value = [:]
        for (key, value) in queue.tags { tags[key] = .string(value) }
        return ["Tags": tags]
    }
}
