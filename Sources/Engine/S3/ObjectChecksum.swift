/// The additional checksum S3 keeps for an object. Objects uploaded without one get a
/// full-object CRC64NVME, as S3 computes for every new object; its value is worked out
/// the first time a request asks for it (`ChecksumMode=ENABLED`).
struct ObjectChecksum: Codable, Sendable, Equatable {
    var algorithm: ChecksumAlgorithm = .crc64nvme
    /// `FULL_OBJECT` or `COMPOSITE`.
    var type: String = ObjectChecksum.fullObject
    /// Base64 checksum (with `-N` for composite ones); nil until computed.
    var value: String?

    static let fullObject = "FULL_OBJECT"
    static let composite = "COMPOSITE"

    /// The output members that report the checksum (`ChecksumCRC32`, `ChecksumType`).
    var outputMembers: [(String, Value)] {
        guard let value else { return [] }
        return [(algorithm.memberName, .string(value)), ("ChecksumType", .string(type))]
    }
}
