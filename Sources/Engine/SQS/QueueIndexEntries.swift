import Collections

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

/// One message group of a FIFO queue: its messages in order, and the time of the timer set for
/// it, if any (so that one timer is enough for a group).
struct MessageGroup: Codable, Equatable, Sendable {
    var serials: Deque<UInt64> = []
    var timerAt: Double?
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
    var sequence: UInt64?
    var expiresAt: Double
}

/// A deduplication id, remembered for the whole queue (`group` nil) or for one message group.
struct DedupKey: Codable, Hashable, Comparable, Sendable {
    var group: String?
    var id: String

    static func < (a: DedupKey, b: DedupKey) -> Bool {
        (a.group ?? "", a.id, a.group == nil ? 0 : 1) < (b.group ?? "", b.id, b.group == nil ? 0 : 1)
    }
}

/// A queue-wide deduplication id with a precomputed FNV-1a hash, so that the table of five
/// minutes of ids (a million in the benchmark) hashes eight bytes instead of a string.
struct DedupID: Hashable, Sendable {
    let hash: UInt64
    let id: String

    init(_ id: String) {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in id.utf8 {
            h ^= UInt64(byte)
            h = h &* 0x0000_0100_0000_01B3
        }
        self.hash = h
        self.id = id
    }

    func hash(into hasher: inout Hasher) { hasher.combine(hash) }

    static func == (a: DedupID, b: DedupID) -> Bool { a.hash == b.hash && a.id == b.id }
}

/// A deduplication key in the order its window ends.
struct DedupExpiry: Codable, Equatable, Sendable {
    var time: Double
    var key: DedupKey
}

/// One remembered deduplication id, as snapshots list them.
struct DedupEntry: Codable, Equatable, Sendable {
    var key: DedupKey
    var record: DedupRecord
}

/// A FIFO `ReceiveMessage` call that can be retried with the same `ReceiveRequestAttemptId`.
struct ReceiveAttempt: Codable, Equatable, Sendable {
    var expiresAt: Double
    var serials: [UInt64]
    var receiveCounts: [Int]
    var handles: [String]
    var visibilityTimeout: Int
}
