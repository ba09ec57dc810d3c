/// The content headers and user metadata of an object: what `CopyObject` copies with
/// `MetadataDirective=COPY` and replaces with `REPLACE`.
struct ObjectAttributes: Codable, Sendable, Equatable {
    var contentType: String = ObjectAttributes.defaultContentType
    var cacheControl: String?
    var contentDisposition: String?
    var contentEncoding: String?
    var contentLanguage: String?
    var expires: Double?
    /// User metadata (`x-amz-meta-*`), names lower-cased, in the order given.
    var metadata: [S3MetadataEntry] = []

    static let defaultContentType = "binary/octet-stream"

    var metadataValue: Value {
        var members: [(String, Value)] = []
        for entry in metadata { members.append((entry.name, .string(entry.value))) }
        return Value.s3Object(members)
    }
}

/// One user metadata pair (`x-amz-meta-<name>: <value>`).
struct S3MetadataEntry: Codable, Sendable, Equatable {
    var name: String
    var value: String
}

/// One tag of an object or a bucket.
struct S3Tag: Codable, Sendable, Equatable {
    var key: String
    var value: String

    var asValue: Value { ["Key": .string(key), "Value": .string(value)] }
}
