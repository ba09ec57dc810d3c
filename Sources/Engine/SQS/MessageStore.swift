import Collections

/// A queue's messages by serial. Serials only grow, so messages sit in a deque indexed by
/// `serial - base`: lookups need no hashing, and deleted slots at the front are dropped as
/// they appear. A long-lived message keeps the slots behind it (eight bytes each) until it goes.
struct MessageStore {
    private var slots: Deque<Message?> = []
    private var base: UInt64 = 0
    /// How many messages are stored.
    private(set) var count = 0

    init() {}

    init(_ messages: [Message]) {
        for message in messages.sorted(by: { $0.serial < $1.serial }) { self[message.serial] = message }
    }

    var isEmpty: Bool { count == 0 }

    subscript(serial: UInt64) -> Message? {
        get {
            guard serial >= base, serial - base < UInt64(slots.count) else { return nil }
            return slots[Int(serial - base)]
        }
        set {
            if slots.isEmpty { base = serial }
            guard serial >= base else {
                // Only a message inserted below the oldest one kept: re-base (not on any hot path).
                guard let newValue else { return }
                let gap = Int(base - serial)
                for _ in 0..<gap { slots.prepend(nil) }
                base = serial
                slots[0] = newValue
                count += 1
                return
            }
            let offset = Int(serial - base)
            if offset >= slots.count {
                guard let newValue else { return }
                while slots.count < offset { slots.append(nil) }
                slots.append(newValue)
                count += 1
                return
            }
            switch (slots[offset], newValue) {
            case (nil, let added?):
                slots[offset] = added
                count += 1
            case (_?, nil):
                slots[offset] = nil
                count -= 1
                while let first = slots.first, first == nil {
                    slots.removeFirst()
                    base += 1
                }
            case (_, let value):
                slots[offset] = value
            }
        }
    }

    /// The stored messages, oldest first.
    var values: [Message] { slots.compactMap { $0 } }

    mutating func removeAll() {
        slots.removeAll()
        count = 0
    }
}
