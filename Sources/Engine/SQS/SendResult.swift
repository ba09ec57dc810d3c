/// Where a send ended up: a new message, or the earlier one a FIFO queue deduplicated it to.
struct SendResult {
    var messageId: String
    var sequence: UInt64?
    var sequenceNumber: String? { sequence.map(SQSIdentifiers.sequenceNumber) }
    var md5OfBody: String
    var md5OfAttributes: String?
    var md5OfSystemAttributes: String?
}
