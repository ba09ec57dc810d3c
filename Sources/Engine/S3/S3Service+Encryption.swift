import Foundation

/// Default bucket encryption and the encryption each object gets.
///
/// SSE-KMS goes through the simulated KMS: a write asks KMS for a data key under the
/// requested key, the bucket's default key or the AWS managed key `aws/s3` (KMS errors come
/// back as `KMS.NotFoundException`, `KMS.DisabledException`, ...) and keeps its encrypted
/// copy in `ObjectEncryption`; a read (GetObject, a copy's source, an upload's part) has
/// KMS decrypt that copy first.
extension S3Service {
    func putBucketEncryption(_ input: Value, _ context: RequestContext) throws -> Value {
        let bucket = try ownedBucket(input, context)
        guard let config = input["ServerSideEncryptionConfiguration"] else { throw S3Error.malformedXML }
        let rules = config.array("Rules")
        guard rules.count == 1, let rule = rules.first else { throw S3Error.malformedXML }
        var encryption = BucketEncryption()
        if let byDefault = rule["ApplyServerSideEncryptionByDefault"] {
            guard let algorithm = byDefault.string("SSEAlgorithm"), ObjectEncryption.algorithms.contains(algorithm) else {
                throw S3Error.malformedXML
            }
            encryption.sseAlgorithm = algorithm
            if let keyId = byDefault.string("KMSMasterKeyID") {
                guard algorithm != ObjectEncryption.sseS3 else {
                    throw S3Error.invalidArgument(
                        "a KMSMasterKeyID is not applicable if the default sse algorithm is not aws:kms or aws:kms:dsse")
                }
                encryption.kmsMasterKeyId = keyId
            }
        }
        encryption.bucketKeyEnabled = rule.bool("BucketKeyEnabled") ?? false
        bucket.encryption = encryption
        return .emptyObject
    }

    func getBucketEncryption(_ input: Value, _ context: RequestContext) throws -> Value {
        let bucket = try ownedBucket(input, context)
        return ["ServerSideEncryptionConfiguration": bucket.encryption.configurationValue]
    }

    /// Deleting the configuration returns the bucket to the SSE-S3 default.
    func deleteBucketEncryption(_ input: Value, _ context: RequestContext) throws -> Value {
        let bucket = try ownedBucket(input, context)
        bucket.encryption = BucketEncryption()
        return .emptyObject
    }

    /// The encryption of an object written to `bucket`: the request's
    /// `ServerSideEncryption` (and KMS key) or else the bucket's default.
    func objectEncryption(_ input: Value, _ bucket: Bucket, _ context: RequestContext) throws -> ObjectEncryption {
        if input["SSECustomerAlgorithm"] != nil || input["SSECustomerKey"] != nil {
            throw AWSError.notSimulated(service: Self.serviceName, operation: "SSE-C (customer-provided keys)")
        }
        var result = ObjectEncryption()
        let requested = input.string("ServerSideEncryption")
        if let requested {
            guard ObjectEncryption.algorithms.contains(requested) else {
                throw S3Error.invalidArgument("The encryption method specified is not supported")
            }
            result.algorithm = requested
        } else {
            result.algorithm = bucket.encryption.sseAlgorithm
            result.bucketKeyEnabled = bucket.encryption.bucketKeyEnabled
        }
        let givenKey = input.string("SSEKMSKeyId")
        if givenKey != nil, !result.isKMS || requested == nil {
            throw S3Error.invalidArgument(
                "Server Side Encryption with AWS KMS managed key requires HTTP header x-amz-server-side-encryption : aws:kms")
        }
        if result.isKMS {
            let keyId = givenKey ?? (requested == nil ? bucket.encryption.kmsMasterKeyId : nil)
            result.kmsContext = input.string("SSEKMSEncryptionContext")
            if let bucketKey = input.bool("BucketKeyEnabled") { result.bucketKeyEnabled = bucketKey }
            var pairs = try Self.encryptionContext(result.kmsContext)
            let objectKey = input.string("Key") ?? ""
            pairs["aws:s3:arn"] = result.bucketKeyEnabled ? "arn:aws:s3:::\(bucket.name)"
                                                          : "arn:aws:s3:::\(bucket.name)/\(objectKey)"
            let dataKey = try context.cloud.service(KMSService.self)
                .s3DataKey(keyId, encryptionContext: pairs.map { ($0.key, $0.value) }, context)
            result.kmsKeyId = dataKey.keyArn
            result.encryptedDataKey = dataKey.ciphertext
            result.dataKeyContext = pairs
        } else {
            result.bucketKeyEnabled = false
        }
        return result
    }

    /// SSE-KMS reads: KMS decrypts the object's data key, and refuses while the key is
    /// disabled, pending deletion or deleted (`KMS.DisabledException`, ...).
    func checkDecryptable(_ encryption: ObjectEncryption, _ context: RequestContext) throws {
        guard encryption.isKMS, let blob = encryption.encryptedDataKey else { return }
        let pairs = (encryption.dataKeyContext ?? [:]).map { ($0.key, $0.value) }
        _ = try context.cloud.service(KMSService.self).s3DecryptDataKey(blob, encryptionContext: pairs, context)
    }

    /// The pairs of `SSEKMSEncryptionContext` (base64 of a JSON string-to-string map).
    private static func encryptionContext(_ header: String?) throws -> [String: String] {
        guard let header else { return [:] }
        let invalid = S3Error.invalidArgument("The header 'x-amz-server-side-encryption-context' shall be Base64-encoded "
                                              + "UTF-8 string holding JSON which represents a string-string map")
        guard let data = Data(base64Encoded: header), let text = String(data: data, encoding: .utf8),
              let map = (try? JSONParser.parse(text))?.objectValue else { throw invalid }
        var pairs: [String: String] = [:]
        for (k, v) in map {
            guard let s = v.stringValue else { throw invalid }
            pairs[k] = s
        }
        return pairs
    }
}
