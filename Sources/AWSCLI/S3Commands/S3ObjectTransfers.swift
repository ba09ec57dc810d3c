import Foundation
import JSONValue

/// The S3 calls behind each transfer, as s3transfer makes them with the AWS CLI's defaults:
/// a single `PutObject` below 8 MiB, else a multipart upload in 8 MiB parts (doubled while
/// more than 10,000 parts would be needed); downloads as one `GetObject`, or ranged ones of
/// 8 MiB from the threshold on, written to the file with its modification time set to the
/// object's; `CopyObject` for S3 to S3, or a multipart copy (`UploadPartCopy` of 8 MiB
/// ranges) from the threshold on.
struct S3ObjectTransfers {
    static let multipartThreshold = 8 * 1024 * 1024
    static let multipartChunkSize = 8 * 1024 * 1024
    static let maxParts = 10_000

    let client: S3Client
    let sourceClient: S3Client
    let paths: S3LocalPaths
    let request: S3RequestParameters
    /// Whether to guess `ContentType` from the file name (no `--content-type`, no
    /// `--no-guess-mime-type`).
    let guessContentType: Bool

    // MARK: Uploads

    /// Uploads a file whose contents were read with `readFile`.
    func upload(_ entry: S3FileEntry, contents: Result<Data, S3CallError>) throws(S3CallError) {
        let (bucket, key) = S3Path.bucketAndKey(entry.destination)
        guard !key.isEmpty else { throw S3CallError.emptyKey }
        try put(try contents.get(), bucket: bucket, key: key,
                contentType: guessContentType ? MimeTypes.guess(entry.source) : nil)
    }

    /// A local file's bytes, or the error Python's `open` would give.
    func readFile(_ path: String) -> Result<Data, S3CallError> {
        do {
            return .success(try paths.fileSystem.read(paths.workspacePath(path)))
        } catch {
            return .failure(S3CallError.other(S3FileGenerator.osErrorText(error, path: paths.display(path))))
        }
    }

    /// Stores bytes as `bucket/key`, in parts when they reach the multipart threshold.
    func put(_ data: Data, bucket: String, key: String, contentType: String?) throws(S3CallError) {
        guard !key.isEmpty else { throw S3CallError.emptyKey }
        var extras = request.putObject()
        if let contentType { extras.append(("ContentType", .string(contentType))) }
        if data.count < Self.multipartThreshold {
            var input: Value = ["Bucket": .string(bucket), "Key": .string(key), "Body": .blob(data)]
            Self.apply(extras, to: &input)
            _ = try client.call("PutObject", input)
            return
        }
        var create: Value = ["Bucket": .string(bucket), "Key": .string(key)]
        var createExtras = request.createMultipartUpload()
        if let contentType { createExtras.append(("ContentType", .string(contentType))) }
        Self.apply(createExtras, to: &create)
        try multipartUpload(create) { (uploadId: String) throws(S3CallError) -> [String] in
            let chunk = Self.chunkSize(for: data.count)
            let requests = stride(from: data.startIndex, to: data.endIndex, by: chunk).enumerated().map { index, offset in
                var part: Value = [
                    "Bucket": .string(bucket), "Key": .string(key), "UploadId": .string(uploadId),
                    "PartNumber": .int(index + 1), "Body": .blob(data[offset..<min(offset + chunk, data.endIndex)]),
                ]
                Self.apply(request.uploadPart(), to: &part)
                return part
            }
            var eTags: [String] = []
            for result in try client.callConcurrently("UploadPart", requests) {
                eTags.append(try result.get().string("ETag") ?? "")
            }
            return eTags
        }
    }

    /// A multipart upload around `sendParts`, which sends the parts of the upload it is given
    /// and returns their ETags in part order: created, completed, or aborted on any failure.
    func multipartUpload(_ create: Value,
                         sendParts: (String) throws(S3CallError) -> [String]) throws(S3CallError) {
        let target: Value = ["Bucket": create["Bucket"] ?? .null, "Key": create["Key"] ?? .null]
        let uploadId = try client.call("CreateMultipartUpload", create).string("UploadId") ?? ""
        var upload = target
        upload["UploadId"] = .string(uploadId)
        Self.apply(request.requestPayer(), to: &upload)
        do {
            let parts: [Value] = try sendParts(uploadId).enumerated().map { index, eTag in
                ["ETag": .string(eTag), "PartNumber": .int(index + 1)]
            }
            var complete = upload
            complete["MultipartUpload"] = ["Parts": .array(parts)]
            _ = try client.call("CompleteMultipartUpload", complete)
        } catch {
            _ = try? client.call("AbortMultipartUpload", upload)
            throw error
        }
    }

    /// s3transfer's `ChunksizeAdjuster`: 8 MiB, doubled until at most 10,000 parts.
    static func chunkSize(for size: Int) -> Int {
        var chunk = multipartChunkSize
        while (size + chunk - 1) / chunk > maxParts { chunk *= 2 }
        return chunk
    }

    // MARK: Downloads

    func download(_ entry: S3FileEntry) throws(S3CallError) {
        let target = paths.workspacePath(entry.destination)
        let isDevice = paths.isDevice(entry.destination)
        if !isDevice {
            let folder = PythonPath.dirname(entry.destination)
            if !paths.exists(folder) {
                do {
                    try paths.fileSystem.makeDirectory(paths.workspacePath(folder), parents: true)
                } catch {
                    throw S3CallError.other("Could not create directory \(paths.display(folder)): "
                        + S3FileGenerator.osErrorText(error, path: paths.display(folder)))
                }
            }
        }
        let ranges = isDevice ? [] : Self.downloadRanges(size: entry.size ?? 0)
        try write(try fetch(entry.source, range: ranges.first), to: entry, append: false)
        for range in ranges.dropFirst() {
            try write(try fetch(entry.source, range: range), to: entry, append: true)
        }
        if !isDevice, let modified = entry.lastModified {
            do {
                try paths.fileSystem.setModified(target, modified.rounded(.down))
            } catch {
                throw S3CallError.other(S3FileGenerator.osErrorText(error, path: paths.display(entry.destination)))
            }
        }
    }

    /// Writes (or appends) downloaded bytes to the entry's destination.
    private func write(_ bytes: Data, to entry: S3FileEntry, append: Bool) throws(S3CallError) {
        do {
            try paths.fileSystem.write(paths.workspacePath(entry.destination), bytes, append: append)
        } catch {
            throw S3CallError.other(S3FileGenerator.osErrorText(error, path: paths.display(entry.destination)))
        }
    }

    /// The `Range` headers of a download in parts, as s3transfer sends them from the
    /// multipart threshold on (8 MiB each); none below it (one whole `GetObject`).
    static func downloadRanges(size: Int) -> [String] {
        guard size >= multipartThreshold else { return [] }
        return stride(from: 0, to: size, by: multipartChunkSize).map { start in
            "bytes=\(start)-\(min(start + multipartChunkSize, size) - 1)"
        }
    }

    /// An object's bytes, or a range of them (`GetObject` with the options' SSE-C key and
    /// checksum mode).
    func fetch(_ path: String, range: String? = nil) throws(S3CallError) -> Data {
        let (bucket, key) = S3Path.bucketAndKey(path)
        guard !key.isEmpty else { throw S3CallError.emptyKey }
        var input: Value = ["Bucket": .string(bucket), "Key": .string(key)]
        if let range { input["Range"] = .string(range) }
        Self.apply(request.getObject(), to: &input)
        return try client.call("GetObject", input)["Body"]?.blobValue ?? Data()
    }

    // MARK: Copies and deletes

    func copy(_ entry: S3FileEntry) throws(S3CallError) {
        let (bucket, key) = S3Path.bucketAndKey(entry.destination)
        let (sourceBucket, sourceKey) = S3Path.bucketAndKey(entry.source)
        guard !key.isEmpty, !sourceKey.isEmpty else { throw S3CallError.emptyKey }
        let copySource = sourceBucket + "/" + SigV4Presigner.encode(sourceKey, keepSlash: true)
        if let size = entry.size, size >= Self.multipartThreshold {
            try multipartCopy(from: (sourceBucket, sourceKey, copySource), size: size, to: bucket, key: key)
            return
        }
        var input: Value = ["Bucket": .string(bucket), "Key": .string(key), "CopySource": .string(copySource)]
        var extras = request.copyObject()
        if guessContentType, let type = MimeTypes.guess(sourceKey) { extras.append(("ContentType", .string(type))) }
        Self.apply(extras, to: &input)
        _ = try client.call("CopyObject", input)
    }

    func deleteObject(_ path: String) throws(S3CallError) {
        try delete(path, with: client)
    }

    /// The source object of a move, deleted after its transfer.
    func deleteSourceObject(_ path: String) throws(S3CallError) {
        try delete(path, with: sourceClient)
    }

    private func delete(_ path: String, with client: S3Client) throws(S3CallError) {
        let (bucket, key) = S3Path.bucketAndKey(path)
        guard !key.isEmpty else { throw S3CallError.emptyKey }
        var input: Value = ["Bucket": .string(bucket), "Key": .string(key)]
        Self.apply(request.requestPayer(), to: &input)
        _ = try client.call("DeleteObject", input)
    }

    /// A local file: the source of a move, or a file `sync --delete` removes.
    func removeLocal(_ path: String) throws(S3CallError) {
        do {
            try paths.fileSystem.remove(paths.workspacePath(path), recursive: false)
        } catch {
            throw S3CallError.other(S3FileGenerator.osErrorText(error, path: paths.display(path)))
        }
    }

    static func apply(_ members: [(String, Value)], to input: inout Value) {
        for (name, value) in members { input[name] = value }
    }
}
