/// A message a producer asked to send, validated against the queue but not yet enqueued.
struct OutgoingMessage {
    var body: String
    var attributes: [MessageAttribute]
    var traceHeader: String?
    var delaySeconds: Int?
    var groupId: String?
    var deduplicationId: String?
    /// Body and message attributes, as the size limit counts them.
    var size: Int
}

/// Where a send ended up: a new message, or the earlier one a FIFO queue deduplicated it to.
struct SendResult {
    var messageId: String
    var sequence: UInt64?
    var sequenceNumber: String? { sequence.map(SQSIdentifiers.sequenceNumber) }
    var md5OfBody: String
    var md5OfAttributes: String?
    var md5OfSystemAttributes: String?
}
