/// One tag of an EC2 resource: a key-value pair (the "key-value pair" the notes confuse
/// with a key pair).
struct EC2Tag: Codable, Equatable, Sendable {
    var key: String
    var value: String

    /// The tag as EC2's `Tag` shape.
    var asValue: Value { ["Key": .string(key), "Value": .string(value)] }
}
