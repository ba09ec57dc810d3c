/// A moment at which a delayed or in-flight message of a standard queue becomes visible.
struct VisibilityTimer: Codable, Comparable, Sendable {
    var time: Double
    var serial: UInt64
    var version: UInt32

    static func < (a: VisibilityTimer, b: VisibilityTimer) -> Bool {
        (a.time, a.serial, a.version) < (b.time, b.serial, b.version)
    }
}
