import Collections

/// `ReceiveMessage`: short polls that sample servers, long polls that wait on the virtual
/// clock, visibility timeouts, dead-letter redrive and FIFO receive attempts.
extension SQSService {
    /// The message system attributes a receive can ask for, in the order SQS lists them.
    static let systemAttributeOrder = [
        "SenderId", "ApproximateFirstReceiveTimestamp", "ApproximateReceiveCount", "SentTimestamp",
        "SequenceNumber", "MessageDeduplicationId", "MessageGroupId", "AWSTraceHeader", "DeadLetterQueueSourceArn",
    ]

    func receiveMessage(_ input: SQSInput, _ context: RequestContext) throws -> Value {
        let queue = try queue(input, context)
        let maxMessages = try input.int("MaxNumberOfMessages") ?? 1
        guard (1...10).contains(maxMessages) else {
            throw SQSErrors.invalidParameter(String(maxMessages), "MaxNumberOfMessages",
                                             reason: "Must be between 1 and 10, if provided.")
        }
        let visibility = try input.int("VisibilityTimeout") ?? queue.attributes.visibilityTimeout
        guard (0...43_200).contains(visibility) else {
            throw SQSErrors.invalidParameter(String(visibility), "VisibilityTimeout",
                                             reason: "Must be >= 0 and <= 43200, if provided.")
        }
        let wait = try input.int("WaitTimeSeconds") ?? queue.attributes.receiveMessageWaitTimeSeconds
        guard (0...20).contains(wait) else {
            throw SQSErrors.invalidParameter(String(wait), "WaitTimeSeconds", reason: "Must be >= 0 and <= 20, if provided.")
        }
        // Messages are decrypted as they are returned: an empty queue needs no key.
        if !queue.messages.isEmpty { try checkQueueKey(queue, context) }
        let attemptId = queue.isFifo ? input.string("ReceiveRequestAttemptId") : nil
        if let attemptId { try Self.checkToken(attemptId, "ReceiveRequestAttemptId") }
        let request = ReceiveRequest(
            maxMessages: maxMessages, visibility: visibility,
            systemAttributes: Set(input.strings("AttributeNames") + input.strings("MessageSystemAttributeNames")),
            messageAttributes: input.strings("MessageAttributeNames"))

        if let attemptId, let replay = replayAttempt(attemptId, queue: queue, request: request, context) {
            return replay
        }
        var received = receiveOnce(queue, request, longPoll: wait > 0, context)
        if received.isEmpty, wait > 0 {
            let deadline = context.now + Double(wait)
            while received.isEmpty {
                let next = [queue.nextAvailability(after: context.now), nextMoveTaskTime(after: context.now)]
                    .compactMap { $0 }.filter { $0 > context.now }.min()
                guard let next, next <= deadline else {
                    context.cloud.advance(to: deadline)
                    advanceMoveTasks(context: context)
                    received = receiveOnce(queue, request, longPoll: true, context)
                    break
                }
                context.cloud.advance(to: next)
                advanceMoveTasks(context: context)
                received = receiveOnce(queue, request, longPoll: true, context)
            }
        }
        if let attemptId {
            queue.receiveAttempts[attemptId] = ReceiveAttempt(
                expiresAt: context.now + Queue.deduplicationWindow, serials: received.map(\.message.serial),
                receiveCounts: received.map(\.message.receiveCount), handles: received.map(\.handle),
                visibilityTimeout: visibility)
        }
        return render(received, request, context)
    }

    /// One look at the queue: sampled servers for a short poll, all of them for a long poll.
    func receiveOnce(_ queue: Queue, _ request: ReceiveRequest, longPoll: Bool,
                     _ context: RequestContext) -> [(message: Message, handle: String)] {
        let now = context.now
        let deliver: (Message) -> Bool = { message in
            if let policy = queue.attributes.redrivePolicy, message.receiveCount >= policy.maxReceiveCount,
               let target = self.queue(arn: policy.deadLetterTargetArn, accountId: context.accountId), target !== queue {
                queue.remove(message, now: now)
                self.moveToDeadLetter(message, from: queue, to: target, context)
                return false
            }
            message.receiveCount += 1
            if message.firstReceiveAt == nil { message.firstReceiveAt = now }
            message.lastReceivedAt = now
            message.inFlight = true
            message.availableAt = now + Double(request.visibility)
            message.version &+= 1
            message.changedSinceReceive = false
            return true
        }
        let messages: [Message]
        if queue.isFifo {
            messages = queue.takeFifo(max: request.maxMessages, now: now, deliver: deliver)
        } else {
            messages = queue.takeStandard(max: request.maxMessages, from: sampleServers(longPoll: longPoll, context),
                                          now: now, deliver: deliver)
        }
        return messages.map { message in
            let handle = ReceiptHandle(queueSerial: queue.serial, messageSerial: message.serial,
                                       receiveCount: UInt32(clamping: message.receiveCount))
            return (message, handle.encode(&context.cloud.ids))
        }
    }

    /// The servers a receive asks, in a random order: all for a long poll, a weighted random
    /// subset for a short poll.
    func sampleServers(longPoll: Bool, _ context: RequestContext) -> [Int] {
        var servers = Array(0..<Queue.serverCount)
        for i in stride(from: servers.count - 1, to: 0, by: -1) {
            servers.swapAt(i, context.cloud.ids.int(below: i + 1))
        }
        return longPoll ? servers : Array(servers.prefix(Queue.shortPollSample))
    }

    /// A retried FIFO receive with the same `ReceiveRequestAttemptId`: the same messages and
    /// receipt handles, their visibility timeout restarted, as long as none was deleted or
    /// changed since.
    private func replayAttempt(_ attemptId: String, queue: Queue, request: ReceiveRequest,
                               _ context: RequestContext) -> Value? {
        let now = context.now
        for (id, attempt) in queue.receiveAttempts where attempt.expiresAt <= now { queue.receiveAttempts[id] = nil }
        guard let attempt = queue.receiveAttempts[attemptId] else { return nil }
        var replayed: [(message: Message, handle: String)] = []
        for (i, serial) in attempt.serials.enumerated() {
            guard let message = queue.messages[serial], message.receiveCount == attempt.receiveCounts[i],
                  !message.changedSinceReceive else { return nil }
            replayed.append((message, attempt.handles[i]))
        }
        for (message, _) in replayed {
            message.availableAt = now + Double(attempt.visibilityTimeout)
            message.inFlight = true
            message.version &+= 1
            queue.reindex(message, now: now)
        }
        return render(replayed, request, context)
    }

    // MARK: - Rendering

    func render(_ received: [(message: Message, handle: String)], _ request: ReceiveRequest,
                _ context: RequestContext) -> Value {
        guard !received.isEmpty else { return .emptyObject }
        var list: [Value] = []
        list.reserveCapacity(received.count)
        for (message, handle) in received {
            var members: [(key: String, value: Value)] = [
                ("MessageId", .string(message.messageId)), ("ReceiptHandle", .string(handle)),
                ("MD5OfBody", .string(message.md5OfBody)), ("Body", .string(message.body)),
            ]
            if !request.systemAttributes.isEmpty, let attributes = systemAttributes(message, request.systemAttributes) {
                members.append(("Attributes", attributes))
            }
            var item = Value.object(OrderedDictionary(uncheckedUniqueKeysWithValues: members))
            if !request.messageAttributes.isEmpty, !message.attributes.isEmpty {
                let chosen = message.attributes.filter { request.wantsMessageAttribute($0.name) }
                if !chosen.isEmpty {
                    let md5 = chosen.count == message.attributes.count
                        ? message.md5OfAttributes : MessageMD5.attributes(chosen)
                    if let md5 { item["MD5OfMessageAttributes"] = .string(md5) }
                    var map: Value = [:]
                    for attribute in chosen { map[attribute.name] = attribute.value }
                    item["MessageAttributes"] = map
                }
            }
            list.append(item)
        }
        return ["Messages": .array(list)]
    }

    private func systemAttributes(_ message: Message, _ names: Set<String>) -> Value? {
        let all = names.contains("All")
        var map: Value = [:]
        for name in Self.systemAttributeOrder where all || names.contains(name) {
            let text: String?
            switch name {
            case "SenderId": text = message.senderId
            case "ApproximateFirstReceiveTimestamp": text = message.firstReceiveAt.map(Self.milliseconds)
            case "ApproximateReceiveCount": text = String(message.receiveCount)
            case "SentTimestamp": text = Self.milliseconds(message.sentAt)
            case "SequenceNumber": text = message.sequenceNumber
            case "MessageDeduplicationId": text = message.deduplicationId
            case "MessageGroupId": text = message.groupId
            case "AWSTraceHeader": text = message.traceHeader
            default: text = message.deadLetterSourceArn
            }
            if let text { map[name] = .string(text) }
        }
        return map.objectValue?.isEmpty == false ? map : nil
    }

    static func milliseconds(_ seconds: Double) -> String {
        String(Int((seconds * 1000).rounded(.down)))
    }
}
