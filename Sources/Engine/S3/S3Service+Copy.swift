import Foundation

/// CopyObject: a server-side copy, within a bucket or between buckets.
extension S3Service {
    /// `bucket/key` or `/bucket/key`, URL-encoded, with an optional `?versionId=`.
    static func parseCopySource(_ source: String) throws -> (bucket: String, key: String, versionId: String?) {
        var text = Substring(source)
        var versionId: String?
        if let q = text.range(of: "?versionId=") {
            versionId = String(text[q.upperBound...])
            text = text[..<q.lowerBound]
        }
        if text.hasPrefix("/") { text = text.dropFirst() }
        guard let slash = text.firstIndex(of: "/") else { throw S3Error.invalidCopySource }
        let bucket = String(text[..<slash])
        guard let key = S3URLEncoding.decode(String(text[text.index(after: slash)...]), plusIsSpace: false),
              !bucket.isEmpty, !key.isEmpty else { throw S3Error.invalidCopySource }
        return (bucket, key, versionId)
    }

    /// The object `CopySource` names (its version, if given), once the `CopySourceIf*`
    /// conditions hold and it is not archived.
    func copySource(_ input: Value, _ context: RequestContext) throws
        -> (bucket: Bucket, key: ObjectKey, versionId: String?, object: S3Object) {
        let source = try Self.parseCopySource(try input.requiredString("CopySource"))
        let sourceBucket = try ownedBucket(["Bucket": .string(source.bucket)], context)
        let sourceKey = ObjectKey(source.key)
        let original: S3Object
        if let versionId = source.versionId {
            guard Self.isWellFormedVersionId(versionId) else { throw S3Error.invalidVersionId }
            guard let found = sourceBucket.version(versionId, of: sourceKey) else { throw S3Error.noSuchVersion }
            if found.isDeleteMarker { throw S3Error.copySourceDeleteMarker }
            original = found
        } else {
            guard let found = sourceBucket.latest(sourceKey), !found.isDeleteMarker else { throw S3Error.noSuchKey }
            original = found
        }
        try checkCopySourceConditions(original, input)
        if S3Input.archiveStorageClasses.contains(original.storageClass) { throw S3Error.invalidObjectState }
        try checkDecryptable(original.encryption, context)
        return (sourceBucket, sourceKey, source.versionId, original)
    }

    func copyObject(_ input: Value, _ context: RequestContext) throws -> Value {
        let bucket = try ownedBucket(input, context)
        let key = try objectKey(input)
        let (sourceBucket, sourceKey, sourceVersionId, original) = try copySource(input, context)
        try S3Input.checkObjectACL(input, bucket: bucket)

        let metadataDirective = input.string("MetadataDirective") ?? "COPY"
        let taggingDirective = input.string("TaggingDirective") ?? "COPY"
        guard ["COPY", "REPLACE"].contains(metadataDirective) else {
            throw S3Error.invalidArgument("Unknown metadata directive.")
        }
        guard ["COPY", "REPLACE"].contains(taggingDirective) else {
            throw S3Error.invalidArgument("Unknown tagging directive.")
        }
        let sameObject = sourceBucket === bucket && sourceKey == key
            && (sourceVersionId == nil || sourceVersionId == bucket.latest(key)?.versionIdText)
        let changesSomething = metadataDirective == "REPLACE" || input["StorageClass"] != nil
            || input["WebsiteRedirectLocation"] != nil || input["ServerSideEncryption"] != nil
            || input["SSEKMSKeyId"] != nil || input["BucketKeyEnabled"] != nil
        if sameObject, !changesSomething { throw S3Error.copyToItself }

        var copy = S3Object(key: key, versionId: bucket.isVersioningEnabled ? newVersionId(context) : nil,
                            lastModified: Self.timestamp(context))
        copy.body = original.body
        copy.attributes = metadataDirective == "REPLACE" ? try S3Input.attributes(input) : original.attributes
        copy.storageClass = try S3Input.storageClass(input)
        copy.websiteRedirectLocation = input.string("WebsiteRedirectLocation")
        if taggingDirective == "REPLACE" {
            copy.tags = try input.string("Tagging").map(S3URLEncoding.parseTagging) ?? []
            try S3Tagging.validate(copy.tags, forBucket: false)
        } else {
            copy.tags = original.tags
        }
        copy.checksum = try copyChecksum(original, input)
        copy.encryption = try objectEncryption(input, bucket, context)
        // A copy is written in one piece: a multipart (or SSE-KMS) source gets a plain MD5 ETag,
        // unless the copy itself is under SSE-KMS.
        let sourceETagIsMD5 = original.partSizes == nil && !original.encryption.isKMS
        copy.eTag = S3ETag.stored(md5: sourceETagIsMD5 ? S3ETag.digest(ofQuoted: original.eTag) : original.body.md5,
                                  encryption: copy.encryption, ids: &context.cloud.ids)
        bucket.store(copy)

        var result: [(String, Value)] = [("ETag", .string(copy.eTag)), ("LastModified", .double(copy.lastModified))]
        if input.string("ChecksumAlgorithm") != nil { result += copy.checksum.outputMembers.reversed() }
        var out: [(String, Value)] = [("CopyObjectResult", Value.s3Object(result))]
        if original.versionId != nil || sourceBucket.hasVersioningConfiguration {
            out.append(("CopySourceVersionId", .string(original.versionIdText)))
        }
        out += writtenVersionIdMember(copy)
        out += copy.encryption.outputMembers(includeContext: true)
        return Value.s3Object(out)
    }

    /// The copy keeps the source's full-object checksum, or takes the one the request asks for.
    private func copyChecksum(_ original: S3Object, _ input: Value) throws -> ObjectChecksum {
        if let algorithm = try Self.requestedChecksumAlgorithm(input) {
            return ObjectChecksum(algorithm: algorithm, type: ObjectChecksum.fullObject,
                                  value: algorithm.base64(original.body.data))
        }
        if original.checksum.type == ObjectChecksum.fullObject { return original.checksum }
        return ObjectChecksum()
    }

    /// `CopySourceIfMatch`, `CopySourceIfNoneMatch`, `CopySourceIfModifiedSince`,
    /// `CopySourceIfUnmodifiedSince`: a condition that does not hold is `PreconditionFailed`.
    private func checkCopySourceConditions(_ object: S3Object, _ input: Value) throws {
        if let ifMatch = input.string("CopySourceIfMatch") {
            if !S3ETag.matches(ifMatch, object.eTag) { throw S3Error.preconditionFailed }
        } else if let since = S3Input.timestamp(input["CopySourceIfUnmodifiedSince"]), object.lastModified > since {
            throw S3Error.preconditionFailed
        }
        if let ifNoneMatch = input.string("CopySourceIfNoneMatch") {
            if S3ETag.matches(ifNoneMatch, object.eTag) { throw S3Error.preconditionFailed }
        } else if let since = S3Input.timestamp(input["CopySourceIfModifiedSince"]), object.lastModified <= since {
            throw S3Error.preconditionFailed
        }
    }
}
