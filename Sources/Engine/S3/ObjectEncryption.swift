import Foundation

/// How an object (or a multipart upload) is encrypted at rest: SSE-S3 (`AES256`) unless the
/// request or the bucket's default asks for SSE-KMS.
struct ObjectEncryption: Codable, Sendable, Equatable {
    /// `AES256`, `aws:kms` or `aws:kms:dsse`.
    var algorithm: String = ObjectEncryption.sseS3
    /// The KMS key ARN for SSE-KMS.
    var kmsKeyId: String?
    var bucketKeyEnabled: Bool = false
    /// The base64 JSON encryption context given with SSE-KMS.
    var kmsContext: String?
    /// SSE-KMS: the object's data key, encrypted under the KMS key (KMS `GenerateDataKey`);
    /// reads ask KMS to decrypt it, so they fail while the key is disabled.
    var encryptedDataKey: Data?
    /// The encryption context the data key was encrypted with.
    var dataKeyContext: [String: String]?

    static let sseS3 = "AES256"
    static let algorithms = ["AES256", "aws:kms", "aws:kms:dsse"]

    var isKMS: Bool { algorithm != Self.sseS3 }

    /// The encryption members of an object operation's output.
    func outputMembers(includeContext: Bool = false) -> [(String, Value)] {
        var out: [(String, Value)] = [("ServerSideEncryption", .string(algorithm))]
        if isKMS, let kmsKeyId { out.append(("SSEKMSKeyId", .string(kmsKeyId))) }
        if includeContext, isKMS, let kmsContext { out.append(("SSEKMSEncryptionContext", .string(kmsContext))) }
        if bucketKeyEnabled { out.append(("BucketKeyEnabled", .bool(true))) }
        return out
    }
}
