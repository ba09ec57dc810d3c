import Collections

/// list, and the time of the timer set for it, if any (one timer is enough for a group).
struct MessageGroup: Codable, Equatable, Sendable {
    var name: String
    var serials: Deque<UInt64> = []
    var ready = false
    var timerAt: Double?

    init(name: String) { self.name = name }
}
