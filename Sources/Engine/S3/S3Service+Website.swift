/// Static website hosting configuration (the bucket's `website` subresource).
extension S3Service {
    /// Replaces the bucket's website configuration after S3's checks; returns nothing.
    func putBucketWebsite(_ input: Value, _ context: RequestContext) throws -> Value {
        let bucket = try ownedBucket(input, context)
        bucket.website = try WebsiteConfiguration(request: input["WebsiteConfiguration"])
        return .emptyObject
    }

    func getBucketWebsite(_ input: Value, _ context: RequestContext) throws -> Value {
        let bucket = try ownedBucket(input, context)
        guard let website = bucket.website else { throw S3Error.noSuchWebsiteConfiguration }
        return website.outputValue
    }

    /// Removes the configuration; removing none succeeds too (S3 answers 204 either way).
    func deleteBucketWebsite(_ input: Value, _ context: RequestContext) throws -> Value {
        let bucket = try ownedBucket(input, context)
        bucket.website = nil
        return .emptyObject
    }
}
