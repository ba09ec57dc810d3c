import Collections
import Foundation

/// `SendMessage` and `SendMessageBatch`.
extension SQSService {
    /// The largest total payload of one `SendMessageBatch` call.
    static let batchPayloadLimit = 1_048_576

    func sendMessage(_ input: SQSInput, _ context: RequestContext) throws -> Value {
        let queue = try queue(input, context)
        guard let body = input.string("MessageBody"), !body.isEmpty else {
            throw SQSErrors.missingParameter("MessageBody")
        }
        let outgoing = try validate(input, body: body, queue: queue, batchEntry: false)
        try checkQueueKey(queue, context)
        let result = enqueue(outgoing, into: queue, context)
        var output: Value = ["MD5OfMessageBody": .string(result.md5OfBody)]
        if let md5 = result.md5OfAttributes { output["MD5OfMessageAttributes"] = .string(md5) }
        if let md5 = result.md5OfSystemAttributes { output["MD5OfMessageSystemAttributes"] = .string(md5) }
        output["MessageId"] = .string(result.messageId)
        if let sequence = result.sequenceNumber { output["SequenceNumber"] = .string(sequence) }
        return output
    }

    func sendMessageBatch(_ input: SQSInput, _ context: RequestContext) throws -> Value {
        let queue = try queue(input, context)
        let entries = try batchEntries(input, entryShape: "SendMessageBatchRequestEntry")
        var total = 0
        for entry in entries { total += Self.payloadSize(entry) }
        if total > Self.batchPayloadLimit {
            throw SQSErrors.batchRequestTooLong(size: total, limit: Self.batchPayloadLimit)
        }
        if queue.isFifo {
            for entry in entries {
                if !entry.has("MessageGroupId") {
                    throw SQSErrors.invalidParameterValue("The request must contain the parameter MessageGroupId.")
                }
                if !entry.has("MessageDeduplicationId"), !queue.attributes.contentBasedDeduplication {
                    throw Self.missingDeduplicationId()
                }
            }
        }
        try checkQueueKey(queue, context)
        var successful: [Value] = []
        var failed: [Value] = []
        for entry in entries {
            let id = entry.string("Id") ?? ""
            do {
                guard let body = entry.string("MessageBody"), !body.isEmpty else {
                    throw SQSErrors.missingParameter("MessageBody")
                }
                let outgoing = try validate(entry, body: body, queue: queue, batchEntry: true)
                let result = enqueue(outgoing, into: queue, context)
                var row: [(key: String, value: Value)] = [("Id", .string(id)), ("MessageId", .string(result.messageId)),
                                                          ("MD5OfMessageBody", .string(result.md5OfBody))]
                if let md5 = result.md5OfAttributes { row.append(("MD5OfMessageAttributes", .string(md5))) }
                if let md5 = result.md5OfSystemAttributes { row.append(("MD5OfMessageSystemAttributes", .string(md5))) }
                if let sequence = result.sequenceNumber { row.append(("SequenceNumber", .string(sequence))) }
                successful.append(.object(OrderedDictionary(uncheckedUniqueKeysWithValues: row)))
            } catch let error as AWSError {
                failed.append(Self.failure(id: id, error))
            }
        }
        return Self.batchResult(successful: successful, failed: failed)
    }

    private static func payloadSize(_ entry: SQSInput) -> Int {
        var size = entry.string("MessageBody")?.utf8.count ?? 0
        for (name, attribute) in entry["MessageAttributes"]?.objectValue ?? [:] {
            size += name.utf8.count + (attribute["DataType"]?.stringValue?.utf8.count ?? 0)
            size += attribute["StringValue"]?.stringValue?.utf8.count ?? 0
            size += attribute["BinaryValue"].map { binaryData($0).count } ?? 0
        }
        return size
    }

    static func missingDeduplicationId() -> AWSError {
        SQSErrors.invalidParameterValue(
            "The queue should either have ContentBasedDeduplication enabled or MessageDeduplicationId provided explicitly")
    }

    // MARK: - Enqueueing

    /// Adds a validated message to a queue (or, in a FIFO queue, finds the message it duplicates).
    /// `senderId` is the `SenderId` receivers see (the learner, or the service that delivered it).
    func enqueue(_ outgoing: OutgoingMessage, into queue: Queue, _ context: RequestContext,
                 senderId: String = STSService.userId) -> SendResult {
        let now = context.now
        let md5OfBody = MessageMD5.body(outgoing.body)
        let md5OfAttributes = MessageMD5.attributes(outgoing.attributes)
        let systemAttributes = outgoing.traceHeader.map {
            [MessageAttribute(name: "AWSTraceHeader", dataType: "String", stringValue: $0, binaryValue: nil)]
        } ?? []
        let md5OfSystem = MessageMD5.attributes(systemAttributes)
        var deduplicationId: String?
        var sequence: UInt64?
        let messageId = SQSIdentifiers.uuid(&context.cloud.ids)
        if queue.isFifo {
            let dedupId = outgoing.deduplicationId ?? MessageMD5.sha256(outgoing.body)
            let next = queue.sequenceCounter &+ SQSIdentifiers.sequenceStep(&context.cloud.ids)
            if let earlier = queue.claimDeduplication(groupId: outgoing.groupId ?? "", deduplicationId: dedupId,
                                                      messageId: messageId, sequence: next, now: now) {
                return SendResult(messageId: earlier.messageId, sequence: earlier.sequence,
                                  md5OfBody: md5OfBody, md5OfAttributes: md5OfAttributes,
                                  md5OfSystemAttributes: md5OfSystem)
            }
            queue.sequenceCounter = next
            deduplicationId = dedupId
            sequence = next
        }
        let delay = queue.isFifo ? queue.attributes.delaySeconds : outgoing.delaySeconds ?? queue.attributes.delaySeconds
        let server = queue.isFifo ? 0 : context.cloud.ids.int(below: Queue.serverCount)
        let message = Message(serial: queue.nextSerial, messageId: messageId, body: outgoing.body, md5OfBody: md5OfBody,
                              attributes: outgoing.attributes, md5OfAttributes: md5OfAttributes,
                              traceHeader: outgoing.traceHeader, md5OfSystemAttributes: md5OfSystem,
                              senderId: senderId, sentAt: now, retentionStart: now, groupId: outgoing.groupId,
                              deduplicationId: deduplicationId, sequence: sequence,
                              deadLetterSourceArn: nil, server: server, size: outgoing.size,
                              availableAt: now + Double(delay))
        queue.nextSerial += 1
        queue.insert(message, now: now)
        return SendResult(messageId: messageId, sequence: sequence, md5OfBody: md5OfBody,
                          md5OfAttributes: md5OfAttributes, md5OfSystemAttributes: md5OfSystem)
    }
}
