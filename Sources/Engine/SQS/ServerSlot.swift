/// stale entry (the message changed state since) from a live one.
struct ServerSlot: Codable, Equatable, Sendable {
    var serial: UInt64
    var version: UInt32
}
