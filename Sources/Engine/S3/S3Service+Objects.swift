import Foundation

/// Object reads and writes: PutObject, GetObject, HeadObject, DeleteObject, DeleteObjects.
extension S3Service {
    /// The largest object a single PUT may carry (5 GiB).
    static let maxSinglePutSize = 5 * 1024 * 1024 * 1024

    func putObject(_ input: Value, _ context: RequestContext) throws -> Value {
        let bucket = try ownedBucket(input, context)
        let key = try objectKey(input)
        let body = S3Input.body(input)
        if body.count > Self.maxSinglePutSize { throw S3Error.entityTooLarge }
        try S3Input.checkObjectACL(input, bucket: bucket)
        try Self.checkContentMD5(input, body: body)
        try checkWriteConditions(bucket, key, input)

        var object = S3Object(key: key, versionId: bucket.isVersioningEnabled ? newVersionId(context) : nil,
                              lastModified: Self.timestamp(context))
        object.body = ObjectBody(body)
        object.encryption = try objectEncryption(input, bucket, context)
        object.eTag = S3ETag.stored(md5: S3ETag.md5(body), encryption: object.encryption, ids: &context.cloud.ids)
        object.attributes = try S3Input.attributes(input)
        object.storageClass = try S3Input.storageClass(input)
        object.websiteRedirectLocation = input.string("WebsiteRedirectLocation")
        if let tagging = input.string("Tagging") {
            object.tags = try S3URLEncoding.parseTagging(tagging)
            try S3Tagging.validate(object.tags, forBucket: false)
        }
        object.checksum = try Self.writeChecksum(input, body: body)
        bucket.store(object)

        var out: [(String, Value)] = [("ETag", .string(object.eTag))]
        out += object.checksum.outputMembers
        out += object.encryption.outputMembers(includeContext: true).prefix(1)
        out += writtenVersionIdMember(object)
        out += object.encryption.outputMembers(includeContext: true).dropFirst()
        return Value.s3Object(out)
    }

    /// Conditional writes: `IfNoneMatch: *` fails when the key exists, `IfMatch` when its
    /// ETag differs (or the key is missing).
    func checkWriteConditions(_ bucket: Bucket, _ key: ObjectKey, _ input: Value) throws {
        let current = bucket.latest(key).flatMap { $0.isDeleteMarker ? nil : $0 }
        if input.string("IfNoneMatch") != nil, current != nil { throw S3Error.preconditionFailed }
        if let ifMatch = input.string("IfMatch") {
            guard let current else { throw S3Error.noSuchKey }
            if !S3ETag.matches(ifMatch, current.eTag) { throw S3Error.preconditionFailed }
        }
    }

    func getObject(_ input: Value, _ context: RequestContext, head: Bool) throws -> Value {
        let bucket = try ownedBucket(input, context, head: head)
        let key = try objectKey(input)
        var object = try readableVersion(bucket, key, input, head: head)
        try checkReadConditions(object, input, head: head)
        if !head, S3Input.archiveStorageClasses.contains(object.storageClass) { throw S3Error.invalidObjectState }
        if !head { try checkDecryptable(object.encryption, context) }

        let selection = try ObjectRange.select(object, input: input, head: head)
        let wholeObject = selection.contentRange == nil
        if wholeObject, input.string("ChecksumMode") == "ENABLED" { object = withChecksumValue(object, in: bucket) }

        var out: [(String, Value)] = []
        if !head {
            out.append(("Body", .blob(object.body.bytes(in: selection.range))))
        }
        out.append(("AcceptRanges", "bytes"))
        out.append(("LastModified", .double(object.lastModified)))
        out.append(("ContentLength", .int(selection.range.count)))
        out.append(("ETag", .string(object.eTag)))
        if wholeObject, input.string("ChecksumMode") == "ENABLED" { out += object.checksum.outputMembers }
        if object.versionId != nil || bucket.hasVersioningConfiguration {
            out.append(("VersionId", .string(object.versionIdText)))
        }
        let a = object.attributes
        let overrides = input
        out.append(("CacheControl", overrides.string("ResponseCacheControl").map(Value.string)
            ?? a.cacheControl.map(Value.string) ?? .null))
        out.append(("ContentDisposition", overrides.string("ResponseContentDisposition").map(Value.string)
            ?? a.contentDisposition.map(Value.string) ?? .null))
        out.append(("ContentEncoding", overrides.string("ResponseContentEncoding").map(Value.string)
            ?? a.contentEncoding.map(Value.string) ?? .null))
        out.append(("ContentLanguage", overrides.string("ResponseContentLanguage").map(Value.string)
            ?? a.contentLanguage.map(Value.string) ?? .null))
        if let contentRange = selection.contentRange { out.append(("ContentRange", .string(contentRange))) }
        out.append(("ContentType", .string(overrides.string("ResponseContentType") ?? a.contentType)))
        let expires = S3Input.timestamp(overrides["ResponseExpires"]) ?? a.expires
        if let expires { out.append(("Expires", .double(expires))) }
        if let redirect = object.websiteRedirectLocation { out.append(("WebsiteRedirectLocation", .string(redirect))) }
        let encryption = object.encryption.outputMembers()
        out += encryption.prefix(1)
        out.append(("Metadata", a.metadataValue))
        out += encryption.dropFirst()
        if object.storageClass != "STANDARD" { out.append(("StorageClass", .string(object.storageClass))) }
        if let partsCount = selection.partsCount { out.append(("PartsCount", .int(partsCount))) }
        if !head, !object.tags.isEmpty { out.append(("TagCount", .int(object.tags.count))) }
        return Value.s3Object(out.filter { !$0.1.isNull })
    }

    /// `IfMatch`, `IfNoneMatch`, `IfModifiedSince` and `IfUnmodifiedSince`, with HTTP's
    /// precedence: an ETag condition that holds overrides the date condition beside it.
    func checkReadConditions(_ object: S3Object, _ input: Value, head: Bool) throws {
        let failed = head ? S3Error.headPreconditionFailed : S3Error.preconditionFailed
        if let ifMatch = input.string("IfMatch") {
            if !S3ETag.matches(ifMatch, object.eTag) { throw failed }
        } else if let since = S3Input.timestamp(input["IfUnmodifiedSince"]), object.lastModified > since {
            throw failed
        }
        if let ifNoneMatch = input.string("IfNoneMatch") {
            if S3ETag.matches(ifNoneMatch, object.eTag) { throw S3Error.notModified }
        } else if let since = S3Input.timestamp(input["IfModifiedSince"]), object.lastModified <= since {
            throw S3Error.notModified
        }
    }

    // MARK: Deleting

    func deleteObject(_ input: Value, _ context: RequestContext) throws -> Value {
        let bucket = try ownedBucket(input, context)
        let key = try objectKey(input)
        if let versionId = input.string("VersionId") {
            guard Self.isWellFormedVersionId(versionId) else { throw S3Error.invalidVersionId }
            let removed = bucket.removeVersion(versionId, of: key)
            var out: [(String, Value)] = []
            if removed?.isDeleteMarker == true { out.append(("DeleteMarker", true)) }
            out.append(("VersionId", .string(versionId)))
            return Value.s3Object(out)
        }
        guard let marker = deleteCurrentVersion(bucket, key, context) else { return .emptyObject }
        return ["DeleteMarker": true, "VersionId": .string(marker.versionIdText)]
    }

    /// Deletes a key without naming a version: removes it from an unversioned bucket, or
    /// puts a delete marker on top (a `null` one when versioning is suspended).
    func deleteCurrentVersion(_ bucket: Bucket, _ key: ObjectKey, _ context: RequestContext) -> S3Object? {
        switch bucket.versioningStatus {
        case nil:
            bucket.removeVersion("null", of: key)
            return nil
        case "Enabled"?:
            let marker = S3Object.deleteMarker(key: key, versionId: newVersionId(context), at: Self.timestamp(context))
            bucket.store(marker)
            return marker
        default:
            let marker = S3Object.deleteMarker(key: key, versionId: nil, at: Self.timestamp(context))
            bucket.store(marker)
            return marker
        }
    }

    func deleteObjects(_ input: Value, _ context: RequestContext) throws -> Value {
        let bucket = try ownedBucket(input, context)
        guard let delete = input["Delete"], let objects = delete["Objects"]?.arrayValue,
              (1...1000).contains(objects.count) else { throw S3Error.malformedXML }
        let quiet = delete.bool("Quiet") ?? false
        var deleted: [Value] = []
        var errors: [Value] = []
        for item in objects {
            guard let keyText = item.string("Key") else { throw S3Error.malformedXML }
            let key = ObjectKey(keyText)
            if let versionId = item.string("VersionId") {
                guard Self.isWellFormedVersionId(versionId) else {
                    errors.append(Value.s3Object([
                        ("Key", .string(keyText)), ("VersionId", .string(versionId)),
                        ("Code", "InvalidArgument"), ("Message", "Invalid version id specified"),
                    ]))
                    continue
                }
                let removed = bucket.removeVersion(versionId, of: key)
                var entry: [(String, Value)] = [("Key", .string(keyText)), ("VersionId", .string(versionId))]
                if removed?.isDeleteMarker == true {
                    entry += [("DeleteMarker", true), ("DeleteMarkerVersionId", .string(versionId))]
                }
                deleted.append(Value.s3Object(entry))
            } else {
                var entry: [(String, Value)] = [("Key", .string(keyText))]
                if let marker = deleteCurrentVersion(bucket, key, context) {
                    entry += [("DeleteMarker", true), ("DeleteMarkerVersionId", .string(marker.versionIdText))]
                }
                deleted.append(Value.s3Object(entry))
            }
        }
        var out: [(String, Value)] = []
        if !quiet, !deleted.isEmpty { out.append(("Deleted", .array(deleted))) }
        if !errors.isEmpty { out.append(("Errors", .array(errors))) }
        return Value.s3Object(out)
    }
}
