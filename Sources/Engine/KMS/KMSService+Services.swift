import Foundation

/// What other services ask of KMS: S3 (SSE-KMS) a data key for each object written
/// (GenerateDataKey) and its plaintext again for each read (Decrypt); SQS (SSE-KMS queues) a
/// usable key. Errors come back with the codes those services pass on (`KMS.NotFoundException`,
/// `KMS.DisabledException`, ...).
extension KMSService {
    /// A new data key under the key `reference` names, or under the AWS managed key
    /// `aws/s3` when it is `nil`. Returns the key's ARN, the data key and its encrypted copy.
    func s3DataKey(_ reference: String?, encryptionContext: [(String, String)],
                   _ context: RequestContext) throws -> (keyArn: String, plaintext: Data, ciphertext: Data) {
        try Self.asServiceError {
            let key = try reference.map { try usableKey($0, context, usage: KMSKeySpec.encryptDecrypt,
                                                         operation: "GenerateDataKey") }
                ?? managedKey(service: "s3", displayName: "S3 objects", context)
            try Self.checkUsable(key)
            guard key.spec == .symmetricDefault else {
                throw KMSErrors.invalidKeyUsage(key.arn, usage: key.spec.rawValue, operation: "GenerateDataKey")
            }
            let plaintext = KMSKeyMaterial.randomBytes(32, &context.cloud.ids)
            let blob = try KMSCiphertext.seal(plaintext, key: key, context: encryptionContext, ids: &context.cloud.ids)
            return (key.arn, plaintext, blob)
        }
    }

    /// The plaintext of a data key S3 stored with an object.
    func s3DecryptDataKey(_ blob: Data, encryptionContext: [(String, String)], _ context: RequestContext) throws -> Data {
        try Self.asServiceError {
            try open(blob, keyReference: nil, algorithm: nil, encryptionContext: encryptionContext, context).plaintext
        }
    }

    /// The key a service (SQS server-side encryption) encrypts with for the caller: enabled
    /// and a symmetric encryption key. `alias/aws/SERVICE` (or `nil`) is the service's AWS
    /// managed key, created on first use. Errors come back with the `KMS.` prefix.
    func serviceKey(_ reference: String?, managedBy service: String, displayName: String,
                    _ context: RequestContext) throws -> KMSKey {
        try Self.asServiceError {
            let managedAlias = Self.reservedAliasPrefix + service
            let key = try reference.flatMap { $0 == managedAlias ? nil : $0 }
                .map { try usableKey($0, context, usage: KMSKeySpec.encryptDecrypt, operation: "GenerateDataKey") }
                ?? managedKey(service: service, displayName: displayName, context)
            try Self.checkUsable(key)
            guard key.spec == .symmetricDefault else {
                throw KMSErrors.invalidKeyUsage(key.arn, usage: key.spec.rawValue, operation: "GenerateDataKey")
            }
            return key
        }
    }

    /// S3 and SQS report a KMS error with the code prefixed by `KMS.`.
    private static func asServiceError<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as AWSError {
            var passed = error
            passed.code = "KMS." + error.code
            throw passed
        }
    }
}
