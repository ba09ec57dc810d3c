import Collections

/// The deduplication ids a FIFO queue remembers for five minutes.
///
/// Entries are kept in the order they were made, which is also the order their windows end,
/// so expiry only looks at the front. An open-addressing index of 64-bit FNV-1a hashes finds
/// them: growing it rehashes nothing (the hashes are kept), and a lookup touches one small slot
/// before it compares a stored id. A million ids (the benchmark) stay cheap.
struct DedupTable {
    /// One remembered id and what its first send answered.
    struct Entry: Codable, Equatable, Sendable {
        var key: DedupKey
        var record: DedupRecord
    }

    private struct Slot {
        /// 0: empty, 1: removed, else the key's hash (forced to at least 2).
        var hash: UInt64
        /// The entry's absolute position in the log.
        var position: UInt64
    }

    private(set) var log: Deque<Entry> = []
    private var hashes: Deque<UInt64> = []
    /// The absolute position of the log's first entry.
    private var base: UInt64 = 0
    private var slots: [Slot] = []
    /// Slots that are not empty (live entries and removed ones).
    private var occupied = 0
    /// Live entries remembered per message group.
    private(set) var groupEntries = 0

    init() {}

    init(_ entries: [Entry]) {
        for entry in entries { append(entry) }
    }

    var count: Int { log.count }

    // MARK: - Operations

    /// Forgets every id whose window ended by `now`.
    mutating func expire(now: Double) {
        while let first = log.first, first.record.expiresAt <= now {
            removeFromIndex(hash: hashes[0], position: base)
            if first.key.group != nil { groupEntries -= 1 }
            log.removeFirst()
            hashes.removeFirst()
            base += 1
        }
    }

    /// The record remembered for a key.
    func find(_ key: DedupKey) -> DedupRecord? {
        guard !slots.isEmpty else { return nil }
        let hash = Self.hash(key)
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: hash) & mask
        while slots[i].hash != 0 {
            if slots[i].hash == hash, let entry = entry(at: slots[i].position), entry.key == key { return entry.record }
            i = (i + 1) & mask
        }
        return nil
    }

    /// Remembers a key that is not remembered yet.
    mutating func insert(_ key: DedupKey, _ record: DedupRecord) {
        append(Entry(key: key, record: record))
    }

    /// The record already remembered for a key, or nil after remembering this one.
    mutating func claim(_ key: DedupKey, _ record: DedupRecord) -> DedupRecord? {
        if let earlier = find(key) { return earlier }
        insert(key, record)
        return nil
    }

    // MARK: - Index

    private func entry(at position: UInt64) -> Entry? {
        guard position >= base, position - base < UInt64(log.count) else { return nil }
        return log[Int(position - base)]
    }

    private mutating func append(_ entry: Entry) {
        let hash = Self.hash(entry.key)
        let position = base + UInt64(log.count)
        log.append(entry)
        hashes.append(hash)
        if entry.key.group != nil { groupEntries += 1 }
        if (occupied + 1) * 4 > slots.count * 3 { rebuild() } else { place(hash: hash, position: position) }
    }

    private mutating func place(hash: UInt64, position: UInt64) {
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: hash) & mask
        while slots[i].hash > 1 { i = (i + 1) & mask }
        if slots[i].hash == 0 { occupied += 1 }
        slots[i] = Slot(hash: hash, position: position)
    }

    private mutating func removeFromIndex(hash: UInt64, position: UInt64) {
        guard !slots.isEmpty else { return }
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: hash) & mask
        while slots[i].hash != 0 {
            if slots[i].hash == hash, slots[i].position == position {
                slots[i].hash = 1
                return
            }
            i = (i + 1) & mask
        }
    }

    /// A fresh index sized for the live entries (twice their count, at least 64, a power of
    /// two), built from the stored hashes.
    private mutating func rebuild() {
        var capacity = 64
        while capacity * 3 < max(1, log.count) * 4 * 2 { capacity *= 2 }
        slots = Array(repeating: Slot(hash: 0, position: 0), count: capacity)
        occupied = 0
        for (offset, hash) in hashes.enumerated() { place(hash: hash, position: base + UInt64(offset)) }
    }

    private static func hash(_ key: DedupKey) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        if let group = key.group {
            for byte in group.utf8 {
                h ^= UInt64(byte)
                h = h &* 0x0000_0100_0000_01B3
            }
            h ^= 0x1F
            h = h &* 0x0000_0100_0000_01B3
        }
        for byte in key.id.utf8 {
            h ^= UInt64(byte)
            h = h &* 0x0000_0100_0000_01B3
        }
        return h | 2
    }
}
