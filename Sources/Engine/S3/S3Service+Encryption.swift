/// Default bucket encryption and the encryption each object gets.
///
/// KMS hook: objects under SSE-KMS record the key ARN only. When the KMS service is
/// simulated, `objectEncryption` is where to check the key (missing, disabled, pending
/// deletion: the KMS errors S3 passes on), ask KMS for a data key and keep its encrypted
/// copy in `ObjectEncryption`; reads (`getObject`) would then decrypt it through KMS.
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
            result.kmsKeyId = keyId.map { kmsKeyArn($0, context) } ?? managedKMSKey(context)
            result.kmsContext = input.string("SSEKMSEncryptionContext")
            if let bucketKey = input.bool("BucketKeyEnabled") { result.bucketKeyEnabled = bucketKey }
        } else {
            result.bucketKeyEnabled = false
        }
        return result
    }

    /// A key id, alias or ARN as a full ARN in the request's region.
    private func kmsKeyArn(_ id: String, _ context: RequestContext) -> String {
        if id.hasPrefix("arn:") { return id }
        return context.arn("kms", id.hasPrefix("alias/") ? id : "key/\(id)")
    }

    /// The ARN of the AWS managed key `aws/s3` of the request's region.
    private func managedKMSKey(_ context: RequestContext) -> String {
        if let arn = managedKMSKeys[context.region] { return arn }
        let arn = context.arn("kms", "key/\(context.cloud.ids.uuid())")
        managedKMSKeys[context.region] = arn
        return arn
    }
}
