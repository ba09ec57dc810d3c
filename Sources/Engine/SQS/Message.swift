/// One message held by a queue: what the producer sent, what SQS added (id, digests, sequence
/// number, timestamps) and where it stands on the virtual clock.
///
/// A message is *delayed* while it was never received and `availableAt` is ahead, *in flight*
/// while it was received and its visibility timeout (`availableAt`) is ahead, and *visible*
/// once `availableAt` has passed.
final class Message: Codable {
    /// Order of arrival in its queue; also the key receipt handles refer to.
    let serial: UInt64
    let messageId: String
    let body: String
    let md5OfBody: String
    let attributes: [MessageAttribute]
    let md5OfAttributes: String?
    /// The `AWSTraceHeader` system attribute, if sent.
    let traceHeader: String?
    let md5OfSystemAttributes: String?
    let senderId: String
    /// When the producer sent it (seconds since the epoch).
    let sentAt: Double
    /// Where its retention period counts from.
    let retentionStart: Double
    let groupId: String?
    let deduplicationId: String?
    /// The FIFO sequence counter value (`SequenceNumber` formats it).
    let sequence: UInt64?
    /// The queue a dead-letter queue received it from.
    let deadLetterSourceArn: String?
    /// The simulated server of a standard queue that holds it.
    let server: Int
    /// Its size as the size limit counts it (body and message attributes).
    let size: Int

    var availableAt: Double
    var inFlight = false
    /// Bumped on every change of state, so that stale index entries can be recognised.
    var version: UInt32 = 0
    var receiveCount = 0
    var firstReceiveAt: Double?
    /// When the latest receive happened (the 12-hour visibility limit counts from it).
    var lastReceivedAt: Double?
    /// The FIFO queue's slot for its message group.
    var groupSlot = -1
    /// Whether a visibility change happened since the last receive (ends a receive attempt id).
    var changedSinceReceive = false

    init(serial: UInt64, messageId: String, body: String, md5OfBody: String, attributes: [MessageAttribute],
         md5OfAttributes: String?, traceHeader: String?, md5OfSystemAttributes: String?, senderId: String,
         sentAt: Double, retentionStart: Double, groupId: String?, deduplicationId: String?,
         sequence: UInt64?, deadLetterSourceArn: String?, server: Int, size: Int, availableAt: Double) {
        self.serial = serial
        self.messageId = messageId
        self.body = body
        self.md5OfBody = md5OfBody
        self.attributes = attributes
        self.md5OfAttributes = md5OfAttributes
        self.traceHeader = traceHeader
        self.md5OfSystemAttributes = md5OfSystemAttributes
        self.senderId = senderId
        self.sentAt = sentAt
        self.retentionStart = retentionStart
        self.groupId = groupId
        self.deduplicationId = deduplicationId
        self.sequence = sequence
        self.deadLetterSourceArn = deadLetterSourceArn
        self.server = server
        self.size = size
        self.availableAt = availableAt
    }

    /// The same message placed in another queue (a dead-letter queue, or back by a move task).
    func moved(serial: UInt64, server: Int, now: Double, deadLetterSourceArn: String?, keepReceives: Bool,
               resetRetention: Bool) -> Message {
        let copy = Message(serial: serial, messageId: messageId, body: body, md5OfBody: md5OfBody,
                           attributes: attributes, md5OfAttributes: md5OfAttributes, traceHeader: traceHeader,
                           md5OfSystemAttributes: md5OfSystemAttributes, senderId: senderId, sentAt: sentAt,
                           retentionStart: resetRetention ? now : retentionStart, groupId: groupId,
                           deduplicationId: deduplicationId, sequence: sequence,
                           deadLetterSourceArn: deadLetterSourceArn, server: server, size: size, availableAt: now)
        if keepReceives {
            copy.receiveCount = receiveCount
            copy.firstReceiveAt = firstReceiveAt
        }
        return copy
    }

    var sequenceNumber: String? { sequence.map(SQSIdentifiers.sequenceNumber) }

    func isVisible(at now: Double) -> Bool { availableAt <= now }
    func isInFlight(at now: Double) -> Bool { inFlight && availableAt > now }
    func isDelayed(at now: Double) -> Bool { !inFlight && availableAt > now }
}
