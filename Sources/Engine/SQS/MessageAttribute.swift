import Foundation

/// One message attribute (user or system): a name, a data type (`String`, `Number`, `Binary`,
/// optionally with a custom label such as `Number.int`) and a string or binary value.
struct MessageAttribute: Codable, Equatable, Sendable {
    var name: String
    var dataType: String
    var stringValue: String?
    var binaryValue: Data?

    /// The attribute's bytes as they count towards the message size limit.
    var size: Int {
        name.utf8.count + dataType.utf8.count + (binaryValue?.count ?? stringValue?.utf8.count ?? 0)
    }

    /// The attribute as the API returns it (a `MessageAttributeValue`).
    var value: Value {
        var members: Value = [:]
        if let stringValue { members["StringValue"] = .string(stringValue) }
        if let binaryValue { members["BinaryValue"] = .blob(binaryValue) }
        members["DataType"] = .string(dataType)
        return members
    }
}
