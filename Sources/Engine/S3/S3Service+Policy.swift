/// Bucket policies: stored as the JSON text given, after S3's checks of its shape.
extension S3Service {
    func putBucketPolicy(_ input: Value, _ context: RequestContext) throws -> Value {
        let bucket = try ownedBucket(input, context)
        let text = try input.requiredString("Policy")
        try BucketPolicyValidator.validate(text, bucket: bucket.name)
        bucket.policy = text
        return .emptyObject
    }

    func getBucketPolicy(_ input: Value, _ context: RequestContext) throws -> Value {
        let bucket = try ownedBucket(input, context)
        guard let policy = bucket.policy else { throw S3Error.noSuchBucketPolicy }
        return ["Policy": .string(policy)]
    }

    func deleteBucketPolicy(_ input: Value, _ context: RequestContext) throws -> Value {
        let bucket = try ownedBucket(input, context)
        bucket.policy = nil
        return .emptyObject
    }
}
