/// A bucket's default encryption rule. Every bucket has one: SSE-S3 (`AES256`) unless
/// configured otherwise, as on AWS since January 2023.
struct BucketEncryption: Codable, Sendable, Equatable {
    /// `AES256`, `aws:kms` or `aws:kms:dsse`.
    var sseAlgorithm: String = ObjectEncryption.sseS3
    var kmsMasterKeyId: String?
    var bucketKeyEnabled: Bool = false

    /// The `ServerSideEncryptionConfiguration` member of `GetBucketEncryption`.
    var configurationValue: Value {
        var byDefault: [(String, Value)] = [("SSEAlgorithm", .string(sseAlgorithm))]
        if let kmsMasterKeyId { byDefault.append(("KMSMasterKeyID", .string(kmsMasterKeyId))) }
        let rule = Value.s3Object([
            ("ApplyServerSideEncryptionByDefault", Value.s3Object(byDefault)),
            ("BucketKeyEnabled", .bool(bucketKeyEnabled)),
        ])
        return ["Rules": [rule]]
    }
}
