import JSONValue

/// A reference from a structure, list or map to another shape, with its serialization traits.
public struct ShapeRef: Sendable {
    public var shape: String
    public var location: String?
    public var locationName: String?
    public var streaming: Bool
    public var idempotencyToken: Bool
    public var deprecated: Bool
    public var hostLabel: Bool

    init(_ v: Value) {
        shape = v.string("shape") ?? ""
        location = v.string("location")
        locationName = v.string("locationName")
        streaming = v.bool("streaming") ?? false
        idempotencyToken = v.bool("idempotencyToken") ?? false
        deprecated = v.bool("deprecated") ?? false
        hostLabel = v.bool("hostLabel") ?? false
    }
}

/// A shape of a botocore service model: a type and, for aggregates, what it holds.
public struct Shape: Sendable {
    public enum Kind: String, Sendable {
        case structure, list, map, string, integer, long, float, double, boolean, timestamp, blob
        case bigdecimal, biginteger, document = "document"
    }

    public var name: String
    public var kind: Kind
    /// Structure members in model order.
    public var members: [(name: String, ref: ShapeRef)]
    public var required: Set<String>
    public var member: ShapeRef?
    public var key: ShapeRef?
    public var value: ShapeRef?
    public var enumValues: [String]
    public var min: Double?
    public var max: Double?
    public var pattern: String?
    public var timestampFormat: String?
    public var isException: Bool
    public var isDocument: Bool
    public var errorCode: String?
    public var errorStatus: Int?
    public var flattened: Bool
    public var sensitive: Bool
    public var streaming: Bool
    public var isUnion: Bool

    init(name: String, _ v: Value) {
        self.name = name
        let type = v.string("type") ?? "string"
        kind = Kind(rawValue: type) ?? .string
        isDocument = v.bool("document") ?? false
        var members: [(String, ShapeRef)] = []
        for (k, m) in v["members"]?.objectValue ?? [:] { members.append((k, ShapeRef(m))) }
        self.members = members.map { (name: $0.0, ref: $0.1) }
        required = Set(v.strings("required"))
        member = v["member"].map(ShapeRef.init)
        key = v["key"].map(ShapeRef.init)
        value = v["value"].map(ShapeRef.init)
        enumValues = v.strings("enum")
        min = v["min"]?.doubleValue
        max = v["max"]?.doubleValue
        pattern = v.string("pattern")
        timestampFormat = v.string("timestampFormat")
        isException = v.bool("exception") ?? false
        errorCode = v["error"]?.string("code")
        errorStatus = v["error"]?.int("httpStatusCode")
        flattened = v.bool("flattened") ?? false
        sensitive = v.bool("sensitive") ?? false
        streaming = v.bool("streaming") ?? false
        isUnion = v.bool("union") ?? false
    }

    /// The member reference of a structure, by name.
    public func memberRef(_ name: String) -> ShapeRef? {
        members.first { $0.name == name }?.ref
    }

    public var isScalar: Bool {
        switch kind {
        case .structure, .list, .map: return isDocument
        default: return true
        }
    }
}
