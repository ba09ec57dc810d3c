import Collections

/// One queue and the messages it holds.
///
/// A standard queue spreads its messages over a few simulated servers: a short poll samples
/// some of them, a long poll asks all. Each server keeps the visible messages it holds in
/// arrival order (`servers`); delayed and in-flight messages wait in a heap of timers until
/// they become visible. A FIFO queue keeps one ordered list per message group, a list of the
/// groups whose first message is visible (`readyGroups`) and timers for the others. All
/// indexes are lazy: an entry whose message changed since is recognised by its version and
/// skipped, so no operation scans the queue.
final class Queue {
    /// How many servers hold a standard queue's messages.
    static let serverCount = 4
    /// How many of them a short poll samples.
    static let shortPollSample = 3
    /// The FIFO deduplication interval.
    static let deduplicationWindow: Double = 300

    let serial: UInt32
    let name: String
    let region: String
    let account: String
    let createdAt: Double
    var lastModifiedAt: Double
    var attributes: QueueAttributes
    var tags: OrderedDictionary<String, String> = [:]
    var lastPurgeAt: Double?
    /// Deletes still to "fail" on a server (the duplicate-delivery fault of the lab).
    var duplicateFaults = 0
    /// Until when the data key of an SSE-KMS queue may be reused without asking KMS (not kept
    /// in snapshots: a restored queue asks KMS again).
    var kmsDataKeyValidUntil: Double?

    var messages = MessageStore()
    var nextSerial: UInt64 = 1

    // Standard queues
    var servers: [Deque<ServerSlot>]
    var timers: Heap<VisibilityTimer> = []

    // FIFO queues
    /// Message groups by slot, and slots by group id (a group keeps its slot once it has one).
    var groups: [MessageGroup] = []
    var groupSlots: [String: Int] = [:]
    var readyGroups: Deque<Int> = []
    var groupTimers: Heap<GroupTimer> = []
    var nextGroupTimer: UInt64 = 0
    var dedup = DedupTable()
    var sequenceCounter: UInt64 = 0
    var receiveAttempts: [String: ReceiveAttempt] = [:]

    init(serial: UInt32, name: String, region: String, account: String, now: Double, attributes: QueueAttributes) {
        self.serial = serial
        self.name = name
        self.region = region
        self.account = account
        self.createdAt = now
        self.lastModifiedAt = now
        self.attributes = attributes
        self.servers = Array(repeating: [], count: Self.serverCount)
    }

    var isFifo: Bool { attributes.fifoQueue }
    var url: String { QueueAddress.url(region: region, account: account, name: name) }
    var arn: String { QueueAddress.arn(region: region, account: account, name: name) }

    /// Whether the retention period has run out for a message.
    func isExpired(_ message: Message, at now: Double) -> Bool {
        now >= message.retentionStart + Double(attributes.messageRetentionPeriod)
    }

    // MARK: - Adding and removing

    /// Places a new message (its `availableAt` already set) into the queue's indexes.
    func insert(_ message: Message, now: Double) {
        messages[message.serial] = message
        if isFifo {
            let name = message.groupId ?? ""
            let slot: Int
            if let known = groupSlots[name] {
                slot = known
            } else {
                slot = groups.count
                groups.append(MessageGroup(name: name))
                groupSlots[name] = slot
            }
            message.groupSlot = slot
            groups[slot].serials.append(message.serial)
            if groups[slot].serials.count == 1 { refreshGroup(slot, now: now) }
        } else {
            index(message, now: now)
        }
    }

    /// Removes a message (deleted, purged, expired or moved to another queue).
    func remove(_ message: Message, now: Double) {
        messages[message.serial] = nil
        if isFifo, groups.indices.contains(message.groupSlot), groups[message.groupSlot].serials.first == message.serial {
            refreshGroup(message.groupSlot, now: now)
        }
    }

    /// Re-indexes a message whose visibility changed.
    func reindex(_ message: Message, now: Double) {
        if isFifo {
            refreshGroup(message.groupSlot, now: now)
        } else {
            index(message, now: now)
        }
    }

    /// Drops every message (PurgeQueue).
    func purgeAll() -> Int {
        let count = messages.count
        messages.removeAll()
        servers = Array(repeating: [], count: Self.serverCount)
        timers = []
        for slot in groups.indices {
            groups[slot].serials.removeAll()
            groups[slot].ready = false
            groups[slot].timerAt = nil
        }
        readyGroups.removeAll()
        groupTimers = []
        receiveAttempts.removeAll()
        return count
    }

    // MARK: - Counters

    /// Visible, in-flight and delayed messages, counted exactly (expired messages are dropped
    /// on the way).
    func counts(now: Double) -> (visible: Int, notVisible: Int, delayed: Int) {
        var visible = 0, notVisible = 0, delayed = 0
        var expired: [Message] = []
        for message in messages.values {
            if isExpired(message, at: now) {
                expired.append(message)
            } else if message.isVisible(at: now) {
                visible += 1
            } else if message.inFlight {
                notVisible += 1
            } else {
                delayed += 1
            }
        }
        for message in expired { remove(message, now: now) }
        return (visible, notVisible, delayed)
    }

    /// The earliest future moment a delayed or in-flight message becomes visible, if any.
    func nextAvailability(after now: Double) -> Double? {
        if isFifo {
            promoteGroups(now: now)
            return groupTimers.min?.time
        }
        while let first = timers.min {
            if let message = messages[first.serial], message.version == first.version { return first.time }
            _ = timers.removeMin()
        }
        return nil
    }
}
