import Foundation
import JSONValue

/// S3-to-S3 copies from the multipart threshold on, as s3transfer and CLI v2 make them: the
/// source's properties read with `HeadObject` (and its tags with `GetObjectTagging`) unless
/// `--copy-props` or `--metadata-directive REPLACE` say otherwise, then
/// `CreateMultipartUpload`, one `UploadPartCopy` per 8 MiB range, `CompleteMultipartUpload`.
extension S3ObjectTransfers {
    /// The properties `--copy-props default|metadata-directive` carry over from the source.
    static let copiedProperties = ["CacheControl", "ContentDisposition", "ContentEncoding", "ContentLanguage",
                                   "ContentType", "Expires", "Metadata"]

    func multipartCopy(from source: (bucket: String, key: String, copySource: String), size: Int,
                       to bucket: String, key: String) throws(S3CallError) {
        var create: Value = ["Bucket": .string(bucket), "Key": .string(key)]
        var extras = request.createMultipartUpload()
        if guessContentType, let type = MimeTypes.guess(source.key) { extras.append(("ContentType", .string(type))) }
        Self.apply(extras, to: &create)
        try addSourceProperties(source, to: &create)
        try multipartUpload(create) { (uploadId: String) throws(S3CallError) -> [String] in
            let chunk = Self.chunkSize(for: size)
            var eTags: [String] = []
            for (index, start) in stride(from: 0, to: size, by: chunk).enumerated() {
                var part: Value = [
                    "Bucket": .string(bucket), "Key": .string(key), "UploadId": .string(uploadId),
                    "PartNumber": .int(index + 1), "CopySource": .string(source.copySource),
                    "CopySourceRange": .string("bytes=\(start)-\(min(start + chunk, size) - 1)"),
                ]
                Self.apply(request.uploadPartCopy(), to: &part)
                eTags.append(try client.call("UploadPartCopy", part)["CopyPartResult"]?.string("ETag") ?? "")
            }
            return eTags
        }
    }

    /// What a copy keeps of its source: properties and metadata (unless `--copy-props none`,
    /// `--metadata-directive REPLACE` or `--metadata` given) and tags (`--copy-props default`);
    /// options the learner gave win over the source's values.
    private func addSourceProperties(_ source: (bucket: String, key: String, copySource: String),
                                     to create: inout Value) throws(S3CallError) {
        let copyProps = request.arguments.value("copy-props") ?? "default"
        let replacesMetadata = request.arguments.value("metadata-directive") == "REPLACE" || request.metadata != nil
        if copyProps != "none", !replacesMetadata {
            var head: Value = ["Bucket": .string(source.bucket), "Key": .string(source.key)]
            Self.apply(request.headObject(copySource: true), to: &head)
            let properties = try sourceClient.call("HeadObject", head)
            for name in Self.copiedProperties where create[name] == nil {
                if let value = properties[name], !value.isNull { create[name] = value }
            }
        }
        if copyProps == "default" {
            var tagging: Value = ["Bucket": .string(source.bucket), "Key": .string(source.key)]
            Self.apply(request.requestPayer(), to: &tagging)
            let tags = try sourceClient.call("GetObjectTagging", tagging).array("TagSet")
            if !tags.isEmpty {
                create["Tagging"] = .string(tags.map { tag in
                    SigV4Presigner.encode(tag.string("Key") ?? "", keepSlash: false) + "="
                        + SigV4Presigner.encode(tag.string("Value") ?? "", keepSlash: false)
                }.joined(separator: "&"))
            }
        }
    }
}
