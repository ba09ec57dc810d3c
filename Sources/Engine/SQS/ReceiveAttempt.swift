/// A FIFO `ReceiveMessage` call that can be retried with the same `ReceiveRequestAttemptId`.
struct ReceiveAttempt: Codable, Equatable, Sendable {
    var expiresAt: Double
    var serials: [UInt64]
    var receiveCounts: [Int]
    var handles: [String]
    var visibilityTimeout: Int
}
