import Collections

/// Something a service asked to happen at a given virtual time: an instance finishing
/// `pending`, a NAT gateway becoming `available`, a delayed message becoming visible.
/// Events are data (not closures) so that a snapshot can hold them.
public struct ScheduledEvent: Sendable, Codable, Equatable {
    public var time: Double
    public var sequence: UInt64
    public var service: String
    public var name: String
    public var payload: Value

    public init(time: Double, sequence: UInt64, service: String, name: String, payload: Value) {
        self.time = time
        self.sequence = sequence
        self.service = service
        self.name = name
        self.payload = payload
    }
}

/// The event queue of the virtual clock: events come out in time order, and in the order
/// they were scheduled when their times are equal.
public struct Scheduler: Sendable, Codable {
    private var heap: Heap<Entry> = []
    private var nextSequence: UInt64 = 0

    public init() {}

    struct Entry: Comparable, Sendable, Codable {
        var event: ScheduledEvent
        static func < (a: Entry, b: Entry) -> Bool {
            (a.event.time, a.event.sequence) < (b.event.time, b.event.sequence)
        }
        static func == (a: Entry, b: Entry) -> Bool { a.event == b.event }
    }

    /// Schedules an event; returns its sequence number.
    @discardableResult
    public mutating func schedule(at time: Double, service: String, name: String, payload: Value = .null) -> UInt64 {
        let seq = nextSequence
        nextSequence += 1
        heap.insert(Entry(event: ScheduledEvent(time: time, sequence: seq, service: service, name: name, payload: payload)))
        return seq
    }

    /// The time of the earliest pending event.
    public var nextTime: Double? { heap.min?.event.time }

    public var count: Int { heap.count }

    /// Removes and returns the earliest event due at or before `time`.
    public mutating func popDue(at time: Double) -> ScheduledEvent? {
        guard let first = heap.min, first.event.time <= time else { return nil }
        return heap.popMin()?.event
    }

    /// Drops the events a predicate selects (e.g. those of a deleted resource).
    public mutating func cancel(where predicate: (ScheduledEvent) -> Bool) {
        let kept = heap.unordered.filter { !predicate($0.event) }
        heap = Heap(kept)
    }

    // Codable through a plain list, so the heap's layout is not part of the format.
    private enum CodingKeys: String, CodingKey { case events, nextSequence }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let events = try c.decode([ScheduledEvent].self, forKey: .events)
        heap = Heap(events.map { Entry(event: $0) })
        nextSequence = try c.decode(UInt64.self, forKey: .nextSequence)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        let events = heap.unordered.map(\.event).sorted { ($0.time, $0.sequence) < ($1.time, $1.sequence) }
        try c.encode(events, forKey: .events)
        try c.encode(nextSequence, forKey: .nextSequence)
    }
}
