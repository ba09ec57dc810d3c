/// have become visible).
struct GroupTimer: Codable, Comparable, Sendable {
    var time: Double
    var sequence: UInt64
    /// The group's slot in its queue.
    var group: Int

    static func < (a: GroupTimer, b: GroupTimer) -> Bool {
        (a.time, a.sequence) < (b.time, b.sequence)
    }
}
