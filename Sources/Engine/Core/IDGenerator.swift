/// A seeded source of identifiers with AWS's shapes. The same seed gives the same ids in
/// the same order, so a replayed transcript gets the same outputs.
public struct IDGenerator: Sendable, Codable, Equatable {
    private var state: UInt64

    public init(seed: UInt64) { self.state = seed }

    /// SplitMix64: fast, good enough for ids, and trivial to snapshot.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniformly distributed integer in `0..<bound`.
    public mutating func int(below bound: Int) -> Int {
        precondition(bound > 0)
        return Int(next() % UInt64(bound))
    }

    /// A double in `0..<1`.
    public mutating func unit() -> Double {
        Double(next() >> 11) / Double(1 << 53)
    }

    private static let hexDigits = Array("0123456789abcdef")
    private static let upperAlnum = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    private static let lowerAlnum = Array("abcdefghijklmnopqrstuvwxyz0123456789")
    private static let alnum = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")

    public mutating func string(_ count: Int, from alphabet: [Character]) -> String {
        var s = ""
        s.reserveCapacity(count)
        for _ in 0..<count { s.append(alphabet[int(below: alphabet.count)]) }
        return s
    }

    /// Lower-case hexadecimal digits.
    public mutating func hex(_ count: Int) -> String { string(count, from: Self.hexDigits) }
    /// Upper-case letters and digits (access key ids, request ids without dashes).
    public mutating func upperAlphanumeric(_ count: Int) -> String { string(count, from: Self.upperAlnum) }
    /// Lower-case letters and digits (API Gateway ids).
    public mutating func lowerAlphanumeric(_ count: Int) -> String { string(count, from: Self.lowerAlnum) }
    /// Mixed-case letters and digits.
    public mutating func alphanumeric(_ count: Int) -> String { string(count, from: Self.alnum) }

    /// An EC2-style id: `i-0a1b2c3d4e5f67890` (prefix, dash, 17 hex digits).
    public mutating func resourceId(_ prefix: String) -> String { "\(prefix)-\(hex(17))" }

    /// A version-4 UUID, lower case (KMS key ids, SQS message ids).
    public mutating func uuid() -> String {
        var h = Array(hex(32))
        h[12] = "4"
        h[16] = Self.hexDigits[8 + int(below: 4)]
        let s = String(h)
        let i = s.startIndex
        func part(_ a: Int, _ b: Int) -> Substring { s[s.index(i, offsetBy: a)..<s.index(i, offsetBy: b)] }
        return "\(part(0, 8))-\(part(8, 12))-\(part(12, 16))-\(part(16, 20))-\(part(20, 32))"
    }

    /// A request id as AWS returns in `x-amzn-RequestId`.
    public mutating func requestId() -> String { uuid() }
}
