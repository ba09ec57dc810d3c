/// A standard queue's reference to a visible message on one of its servers. The version tells a
/// stale entry (the message changed state since) from a live one.
struct ServerSlot: Codable, Equatable, Sendable {
    var serial: UInt64
    var version: UInt32
}

/// A moment at which a delayed or in-flight message of a standard queue becomes visible.
struct VisibilityTimer: Codable, Comparable, Sendable {
    var time: Double
    var serial: UInt64
    var version: UInt32

    static func < (a: VisibilityTimer, b: VisibilityTimer) -> Bool {
        (a.time, a.serial, a.version) < (b.time, b.serial, b.version)
    }
}

/// A moment at which a FIFO message group should be looked at again (its first message may
/// have become visible).
struct GroupTimer: Codable, Comparable, Sendable {
    var time: Double
    var sequence: UInt64
    var group: String

    static func < (a: GroupTimer, b: GroupTimer) -> Bool {
        (a.time, a.sequence) < (b.time, b.sequence)
    }
}

/// What a FIFO queue remembers about a deduplication id for five minutes.
struct DedupRecord: Codable, Equatable, Sendable {
    var messageId: String
    var sequenceNumber: String?
    var expiresAt: Double
}

/// A deduplication key in the order its window ends.
struct DedupExpiry: Codable, Equatable, Sendable {
    var time: Double
    var key: String
}

/// A FIFO `ReceiveMessage` call that can be retried with the same `ReceiveRequestAttemptId`.
struct ReceiveAttempt: Codable, Equatable, Sendable {
    var expiresAt: Double
    var serials: [UInt64]
    var receiveCounts: [Int]
    var handles: [String]
    var visibilityTimeout: Int
}
