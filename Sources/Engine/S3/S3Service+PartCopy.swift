import Foundation

/// UploadPartCopy: a part of a multipart upload copied from an existing object, whole or a
/// byte range of it (how the CLI copies large objects from S3 to S3).
extension S3Service {
    func uploadPartCopy(_ input: Value, _ context: RequestContext) throws -> Value {
        let bucket = try ownedBucket(input, context)
        let key = try objectKey(input)
        var upload = try upload(bucket, key, input)
        guard let number = input.int("PartNumber"), (1...10_000).contains(number) else {
            throw S3Error.invalidPartNumber
        }
        let (sourceBucket, _, _, original) = try copySource(input, context)
        var range = 0..<original.size
        if let text = input.string("CopySourceRange") {
            range = try Self.copySourceRange(text, size: original.size)
        }
        if range.count > Self.maxSinglePutSize { throw S3Error.entityTooLarge }
        let body = original.body.bytes(in: range)
        var checksum: String?
        if let algorithm = upload.checksumAlgorithm { checksum = algorithm.base64(body) }
        let part = UploadedPart(partNumber: number, body: body,
                                eTag: S3ETag.stored(md5: S3ETag.md5(body), encryption: upload.encryption,
                                                    ids: &context.cloud.ids),
                                lastModified: Self.timestamp(context), checksum: checksum)
        upload.parts[number] = part
        bucket.uploads[upload.uploadId] = upload

        var result: [(String, Value)] = [("ETag", .string(part.eTag)), ("LastModified", .double(part.lastModified))]
        if let algorithm = upload.checksumAlgorithm, let checksum { result.append((algorithm.memberName, .string(checksum))) }
        var out: [(String, Value)] = [("CopyPartResult", Value.s3Object(result))]
        if original.versionId != nil || sourceBucket.hasVersioningConfiguration {
            out.append(("CopySourceVersionId", .string(original.versionIdText)))
        }
        out += upload.encryption.outputMembers()
        return Value.s3Object(out)
    }

    /// `bytes=first-last` (zero-based, inclusive) within an object of `size` bytes.
    static func copySourceRange(_ text: String, size: Int) throws -> Range<Int> {
        let malformed = S3Error.invalidArgument(
            "The x-amz-copy-source-range value must be of the form bytes=first-last where first and last are the "
                + "zero-based offsets of the first and last bytes to copy")
        guard text.hasPrefix("bytes=") else { throw malformed }
        let sides = text.dropFirst("bytes=".count).split(separator: "-", omittingEmptySubsequences: false)
        guard sides.count == 2, let first = Int(sides[0]), let last = Int(sides[1]), first >= 0 else { throw malformed }
        guard first <= last, last < size else {
            throw S3Error.invalidArgument("Range specified is not valid for source object of size: \(size)")
        }
        return first..<(last + 1)
    }
}
