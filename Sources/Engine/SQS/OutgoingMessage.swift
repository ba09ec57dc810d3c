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
