/// What a FIFO queue remembers about a deduplication id for five minutes.
struct DedupRecord: Codable, Equatable, Sendable {
    var messageId: String
    var sequence: UInt64?
    var expiresAt: Double
}

/// A deduplication id, remembered for the whole queue (`group` nil) or for one message group.
struct DedupKey: Codable, Hashable, Sendable {
    var group: String?
    var id: String
}
