import Collections

/// One SNS topic: its settable attributes, tags and, for a FIFO topic, the deduplication
/// window and sequence counter of what was published to it.
final class Topic: Codable {
    /// How long a FIFO topic remembers a deduplication id.
    static let deduplicationWindow: Double = 300

    let serial: UInt32
    let name: String
    let arn: String
    let region: String
    let fifo: Bool
    var displayName = ""
    var policy: String
    var deliveryPolicy: String?
    var contentBasedDeduplication = false
    /// Other settable attributes (`KmsMasterKeyId`, `SignatureVersion`, `TracingConfig`, ...),
    /// kept as given and returned by `GetTopicAttributes`.
    var otherAttributes: OrderedDictionary<String, String> = [:]
    var tags: OrderedDictionary<String, String> = [:]
    var subscriptionsDeleted = 0
    /// Deduplication ids seen in the last 5 minutes (FIFO topics).
    var deduplication: [String: TopicDeduplication] = [:]
    var sequenceCounter: UInt64 = 0

    init(serial: UInt32, name: String, arn: String, region: String, fifo: Bool, policy: String) {
        self.serial = serial
        self.name = name
        self.arn = arn
        self.region = region
        self.fifo = fifo
        self.policy = policy
    }

    /// The earlier publish a deduplication id refers to, if it is still in the window.
    func duplicate(of id: String, now: Double) -> TopicDeduplication? {
        deduplication = deduplication.filter { $0.value.expiresAt > now }
        return deduplication[id]
    }
}

/// A deduplication id remembered by a FIFO topic: the message it was first published as.
struct TopicDeduplication: Codable, Equatable {
    var messageId: String
    var sequenceNumber: String
    var expiresAt: Double
}
