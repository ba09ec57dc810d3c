/// Object and bucket tag sets.
extension S3Service {
    /// The version a tagging request names (current by default), never a delete marker.
    private func taggedVersion(_ bucket: Bucket, _ key: ObjectKey, _ input: Value) throws -> S3Object {
        try readableVersion(bucket, key, input, head: false)
    }

    func putObjectTagging(_ input: Value, _ context: RequestContext) throws -> Value {
        let bucket = try ownedBucket(input, context)
        let key = try objectKey(input)
        var object = try taggedVersion(bucket, key, input)
        let tags = try S3Tagging.tagSet(input["Tagging"])
        try S3Tagging.validate(tags, forBucket: false)
        object.tags = tags
        bucket.update(object)
        return Value.s3Object(versionIdMember(bucket, object))
    }

    func getObjectTagging(_ input: Value, _ context: RequestContext) throws -> Value {
        let bucket = try ownedBucket(input, context)
        let key = try objectKey(input)
        let object = try taggedVersion(bucket, key, input)
        return Value.s3Object(versionIdMember(bucket, object) + [("TagSet", S3Tagging.tagSetValue(object.tags))])
    }

    func deleteObjectTagging(_ input: Value, _ context: RequestContext) throws -> Value {
        let bucket = try ownedBucket(input, context)
        let key = try objectKey(input)
        var object = try taggedVersion(bucket, key, input)
        object.tags = []
        bucket.update(object)
        return Value.s3Object(versionIdMember(bucket, object))
    }

    func putBucketTagging(_ input: Value, _ context: RequestContext) throws -> Value {
        let bucket = try ownedBucket(input, context)
        let tags = try S3Tagging.tagSet(input["Tagging"])
        try S3Tagging.validate(tags, forBucket: true)
        bucket.tags = tags.isEmpty ? nil : tags
        return .emptyObject
    }

    func getBucketTagging(_ input: Value, _ context: RequestContext) throws -> Value {
        let bucket = try ownedBucket(input, context)
        guard let tags = bucket.tags else { throw S3Error.noSuchTagSet }
        return ["TagSet": S3Tagging.tagSetValue(tags)]
    }

    func deleteBucketTagging(_ input: Value, _ context: RequestContext) throws -> Value {
        let bucket = try ownedBucket(input, context)
        bucket.tags = nil
        return .emptyObject
    }
}
