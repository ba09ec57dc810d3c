import Foundation

/// Multipart uploads: create, upload parts, complete, abort, list.
extension S3Service {
    /// Every part but the last must hold at least 5 MiB.
    static let minimumPartSize = 5 * 1024 * 1024

    func createMultipartUpload(_ input: Value, _ context: RequestContext) throws -> Value {
        let bucket = try ownedBucket(input, context)
        let key = try objectKey(input)
        try S3Input.checkObjectACL(input, bucket: bucket)
        var tags: [S3Tag] = []
        if let tagging = input.string("Tagging") {
            tags = try S3URLEncoding.parseTagging(tagging)
            try S3Tagging.validate(tags, forBucket: false)
        }
        let algorithm = try Self.requestedChecksumAlgorithm(input)
        let checksumType = try Self.multipartChecksumType(algorithm, requested: input.string("ChecksumType"))
        let upload = MultipartUpload(
            uploadId: context.cloud.ids.string(64, from: Self.uploadIdAlphabet), key: key,
            initiated: Self.timestamp(context), attributes: try S3Input.attributes(input),
            storageClass: try S3Input.storageClass(input),
            websiteRedirectLocation: input.string("WebsiteRedirectLocation"), tags: tags,
            encryption: try objectEncryption(input, bucket, context), checksumAlgorithm: algorithm,
            checksumType: checksumType)
        bucket.uploads[upload.uploadId] = upload

        var out: [(String, Value)] = [
            ("Bucket", .string(bucket.name)), ("Key", .string(key.string)), ("UploadId", .string(upload.uploadId)),
        ]
        out += upload.encryption.outputMembers(includeContext: true)
        if let algorithm, let checksumType {
            out += [("ChecksumAlgorithm", .string(algorithm.rawValue)), ("ChecksumType", .string(checksumType))]
        }
        return Value.s3Object(out)
    }

    static let uploadIdAlphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-")

    /// The checksum type of a multipart upload: composite for the SHAs, full-object for
    /// CRC64NVME, either for CRC32/CRC32C (composite unless asked).
    private static func multipartChecksumType(_ algorithm: ChecksumAlgorithm?, requested: String?) throws -> String? {
        guard let algorithm else {
            if requested != nil {
                throw S3Error.invalidRequest("The x-amz-checksum-type header can only be used with the x-amz-checksum-algorithm header.")
            }
            return nil
        }
        let type = requested ?? (algorithm == .crc64nvme ? ObjectChecksum.fullObject : ObjectChecksum.composite)
        guard [ObjectChecksum.fullObject, ObjectChecksum.composite].contains(type) else {
            throw S3Error.invalidRequest("Value for x-amz-checksum-type header is invalid.")
        }
        if type == ObjectChecksum.fullObject, !algorithm.supportsFullObjectMultipart {
            throw S3Error.invalidRequest(
                "The FULL_OBJECT checksum type cannot be used with the \(algorithm.rawValue.lowercased()) checksum algorithm.")
        }
        if type == ObjectChecksum.composite, algorithm == .crc64nvme {
            throw S3Error.invalidRequest(
                "The COMPOSITE checksum type cannot be used with the crc64nvme checksum algorithm.")
        }
        return type
    }

    /// The upload named by `UploadId`, which must be for `Key`.
    func upload(_ bucket: Bucket, _ key: ObjectKey, _ input: Value) throws -> MultipartUpload {
        let uploadId = try input.requiredString("UploadId")
        guard let upload = bucket.uploads[uploadId], upload.key == key else { throw S3Error.noSuchUpload }
        return upload
    }

    /// Stores a part; `md5` is its body's digest when already worked out.
    func uploadPart(_ input: Value, _ context: RequestContext, md5: Data? = nil) throws -> Value {
        let bucket = try ownedBucket(input, context)
        let key = try objectKey(input)
        var upload = try upload(bucket, key, input)
        guard let number = input.int("PartNumber"), (1...10_000).contains(number) else {
            throw S3Error.invalidPartNumber
        }
        try checkDecryptable(upload.encryption, context)
        let body = S3Input.body(input)
        if body.count > Self.maxSinglePutSize { throw S3Error.entityTooLarge }
        let digest = md5 ?? S3ETag.md5(body)
        try Self.checkContentMD5(input, digest: digest)
        var checksum: String?
        if let algorithm = upload.checksumAlgorithm {
            let computed = algorithm.base64(body)
            if let given = input.string(algorithm.memberName), given != computed { throw S3Error.badDigest(algorithm) }
            checksum = computed
        }
        let part = UploadedPart(partNumber: number, body: body,
                                eTag: S3ETag.stored(md5: digest, encryption: upload.encryption, ids: &context.cloud.ids),
                                lastModified: Self.timestamp(context), checksum: checksum)
        upload.parts[number] = part
        bucket.uploads[upload.uploadId] = upload

        let encryption = upload.encryption.outputMembers()
        var out: [(String, Value)] = Array(encryption.prefix(1))
        out.append(("ETag", .string(part.eTag)))
        if let algorithm = upload.checksumAlgorithm, let checksum {
            out.append((algorithm.memberName, .string(checksum)))
        }
        out += encryption.dropFirst()
        return Value.s3Object(out)
    }

    func completeMultipartUpload(_ input: Value, _ context: RequestContext) throws -> Value {
        let bucket = try ownedBucket(input, context)
        let key = try objectKey(input)
        let upload = try upload(bucket, key, input)
        let requested = input["MultipartUpload"]?.array("Parts") ?? []
        guard !requested.isEmpty else { throw S3Error.malformedXML }
        var chosen: [UploadedPart] = []
        var previous = 0
        for item in requested {
            guard let number = item.int("PartNumber"), let eTag = item.string("ETag") else {
                throw S3Error.malformedXML
            }
            guard number > previous else { throw S3Error.invalidPartOrder }
            previous = number
            guard let part = upload.parts[number], S3ETag.unquoted(part.eTag) == S3ETag.unquoted(eTag) else {
                throw S3Error.invalidPart
            }
            if let algorithm = upload.checksumAlgorithm, let given = item.string(algorithm.memberName),
               given != part.checksum {
                throw S3Error.invalidPart
            }
            chosen.append(part)
        }
        for part in chosen.dropLast() where part.body.count < Self.minimumPartSize {
            throw S3Error.entityTooSmall
        }
        try checkWriteConditions(bucket, key, input)

        let body = ObjectBody(chunks: chosen.map(\.body))

        var object = S3Object(key: key, versionId: bucket.isVersioningEnabled ? newVersionId(context) : nil,
                              lastModified: upload.initiated)
        object.body = body
        object.eTag = S3ETag.multipart(partDigests: chosen.map { S3ETag.digest(ofQuoted: $0.eTag) })
        object.attributes = upload.attributes
        object.storageClass = upload.storageClass
        object.websiteRedirectLocation = upload.websiteRedirectLocation
        object.tags = upload.tags
        object.encryption = upload.encryption
        object.partSizes = chosen.map(\.body.count)
        object.checksum = multipartChecksum(upload, chosen, body: body)
        bucket.store(object)
        bucket.uploads[upload.uploadId] = nil

        var out: [(String, Value)] = [
            ("Location", .string(Self.objectURL(bucket, key))), ("Bucket", .string(bucket.name)),
            ("Key", .string(key.string)), ("ETag", .string(object.eTag)),
        ]
        if upload.checksumAlgorithm != nil { out += object.checksum.outputMembers }
        let encryption = object.encryption.outputMembers()
        out += encryption.prefix(1)
        out += writtenVersionIdMember(object)
        out += encryption.dropFirst()
        return Value.s3Object(out)
    }

    /// The completed object's checksum: a checksum of the parts' checksums (`-N`) for a
    /// composite upload, of the whole body for a full-object one, S3's default otherwise.
    private func multipartChecksum(_ upload: MultipartUpload, _ parts: [UploadedPart], body: ObjectBody) -> ObjectChecksum {
        guard let algorithm = upload.checksumAlgorithm, let type = upload.checksumType else { return ObjectChecksum() }
        if type == ObjectChecksum.fullObject {
            return ObjectChecksum(algorithm: algorithm, type: type, value: algorithm.base64(body.data))
        }
        var joined = Data()
        for part in parts {
            joined.append(Data(base64Encoded: part.checksum ?? "") ?? algorithm.digest(part.body))
        }
        return ObjectChecksum(algorithm: algorithm, type: type, value: "\(algorithm.base64(joined))-\(parts.count)")
    }

    /// The object's URL as CompleteMultipartUpload reports it.
    static func objectURL(_ bucket: Bucket, _ key: ObjectKey) -> String {
        let host = bucket.region == "us-east-1" ? "s3.amazonaws.com" : "s3.\(bucket.region).amazonaws.com"
        let path = S3URLEncoding.encodeKey(key.string)
            .replacingOccurrences(of: "/", with: "%2F").replacingOccurrences(of: "+", with: "%20")
        return "https://\(bucket.name).\(host)/\(path)"
    }

    func abortMultipartUpload(_ input: Value, _ context: RequestContext) throws -> Value {
        let bucket = try ownedBucket(input, context)
        let key = try objectKey(input)
        let upload = try upload(bucket, key, input)
        bucket.uploads[upload.uploadId] = nil
        return .emptyObject
    }
}
