import Foundation

/// Simulated time, in seconds since the Unix epoch. It only moves forward, and only when
/// told: by `sleep`, by a lab verb, or (in the interactive lab) by following wall time.
public struct VirtualClock: Sendable, Codable, Equatable {
    /// 2026-01-01T00:00:00Z: where a fresh cloud's clock starts.
    public static let defaultStart: Double = 1_767_225_600

    public private(set) var now: Double

    public init(start: Double = VirtualClock.defaultStart) { self.now = start }

    /// Moves the clock forward; a time in the past is ignored.
    public mutating func set(_ time: Double) {
        if time > now { now = time }
    }

    public mutating func advance(by seconds: Double) {
        if seconds > 0 { now += seconds }
    }

    /// Whole milliseconds since the epoch (SQS timestamps).
    public var milliseconds: Int { Int((now * 1000).rounded(.down)) }
    /// Whole seconds since the epoch.
    public var seconds: Int { Int(now.rounded(.down)) }
}
