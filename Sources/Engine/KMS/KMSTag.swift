/// A tag on a KMS key (`TagKey`/`TagValue`, as KMS names them).
struct KMSTag: Codable, Sendable, Equatable {
    var key: String
    var value: String

    var entry: Value { ["TagKey": .string(key), "TagValue": .string(value)] }
}
