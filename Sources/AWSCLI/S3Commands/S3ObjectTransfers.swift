import Foundation
import JSONValue

/// The S3 calls behind each transfer, as s3transfer makes them with the AWS CLI's defaults:
/// a single `PutObject` below 8 MiB, else a multipart upload in 8 MiB parts (doubled while
/// more than 10,000 parts would be needed); one `GetObject` per download, written to the
/// file with its modification time set to the object's; `CopyObject` for S3 to S3.
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
        let uploadId = try client.call("CreateMultipartUpload", create).string("UploadId") ?? ""
        do {
            var parts: [Value] = []
            let chunk = Self.chunkSize(for: data.count)
            var offset = data.startIndex
            var number = 1
            while offset < data.endIndex {
                let end = min(offset + chunk, data.endIndex)
                var part: Value = [
                    "Bucket": .string(bucket), "Key": .string(key), "UploadId": .string(uploadId),
                    "PartNumber": .int(number), "Body": .blob(data[offset..<end]),
                ]
                Self.apply(request.uploadPart(), to: &part)
                let eTag = try client.call("UploadPart", part).string("ETag") ?? ""
                parts.append(["ETag": .string(eTag), "PartNumber": .int(number)])
                offset = end
                number += 1
            }
            var complete: Value = [
                "Bucket": .string(bucket), "Key": .string(key), "UploadId": .string(uploadId),
                "MultipartUpload": ["Parts": .array(parts)],
            ]
            Self.apply(request.requestPayer(), to: &complete)
            _ = try client.call("CompleteMultipartUpload", complete)
        } catch {
            var abort: Value = ["Bucket": .string(bucket), "Key": .string(key), "UploadId": .string(uploadId)]
            Self.apply(request.requestPayer(), to: &abort)
            _ = try? client.call("AbortMultipartUpload", abort)
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
        let body = try fetch(entry.source)
        do {
            try paths.fileSystem.write(target, body)
            if !isDevice, let modified = entry.lastModified {
                try paths.fileSystem.setModified(target, modified.rounded(.down))
            }
        } catch {
            throw S3CallError.other(S3FileGenerator.osErrorText(error, path: paths.display(entry.destination)))
        }
    }

    /// An object's bytes (`GetObject` with the options' SSE-C key and checksum mode).
    func fetch(_ path: String) throws(S3CallError) -> Data {
        let (bucket, key) = S3Path.bucketAndKey(path)
        guard !key.isEmpty else { throw S3CallError.emptyKey }
        var input: Value = ["Bucket": .string(bucket), "Key": .string(key)]
        Self.apply(request.getObject(), to: &input)
        return try client.call("GetObject", input)["Body"]?.blobValue ?? Data()
    }

    // MARK: Copies and deletes

    func copy(_ entry: S3FileEntry) throws(S3CallError) {
        let (bucket, key) = S3Path.bucketAndKey(entry.destination)
        let (sourceBucket, sourceKey) = S3Path.bucketAndKey(entry.source)
        guard !key.isEmpty, !sourceKey.isEmpty else { throw S3CallError.emptyKey }
        var input: Value = [
            "Bucket": .string(bucket), "Key": .string(key),
            "CopySource": .string(sourceBucket + "/" + SigV4Presigner.encode(sourceKey, keepSlash: true)),
        ]
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
