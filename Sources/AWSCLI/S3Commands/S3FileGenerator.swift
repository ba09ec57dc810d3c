import Foundation
import JSONValue

/// Lists what a transfer command works on, as the AWS CLI's `FileGenerator` does: a local
/// file, or a folder walked depth-first in the byte order S3 lists keys in (a folder's
/// contents sort as `name/`); a single object looked up with `HeadObject`, or every object
/// under a prefix with `ListObjectsV2`. Zero-byte `.../` folder markers are left out except
/// for deletes.
struct S3FileGenerator {
    /// What a generator found: entries in order, and warnings about files it skipped.
    struct Listing {
        var entries: [S3FileEntry] = []
        var warnings: [String] = []
    }

    let client: S3Client
    let paths: S3LocalPaths
    /// The command's operation; nil for the destination side of a sync.
    let operation: S3FileEntry.Operation?
    let pageSize: Int?
    /// Extra `ListObjectsV2` members (`RequestPayer`).
    var listExtras: [String: Value] = [:]
    /// Extra `HeadObject` members (SSE-C key, `RequestPayer`).
    var headExtras: [String: Value] = [:]

    func generate(_ ends: S3TransferEnds) throws(S3CallError) -> Listing {
        var listing = Listing()
        if ends.source.isS3 {
            try listObjects(ends, into: &listing)
        } else {
            try listFiles(ends.source.path, ends, into: &listing)
        }
        return listing
    }

    // MARK: Local files

    private func listFiles(_ path: String, _ ends: S3TransferEnds, into listing: inout Listing) throws(S3CallError) {
        if let warning = skipWarning(path) {
            listing.warnings.append(warning)
            return
        }
        guard ends.directoryOperation else {
            try addFile(path, ends, into: &listing)
            return
        }
        let names: [String]
        do {
            names = try paths.fileSystem.list(paths.workspacePath(path))
        } catch {
            throw S3CallError.other(Self.osErrorText(error, path: paths.display(path)))
        }
        var entries: [(name: String, isDirectory: Bool)] = names.map { name in
            let isDirectory = paths.isDirectory(path + name)
            return (isDirectory ? name + "/" : name, isDirectory)
        }
        entries.sort { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
        for entry in entries {
            if entry.isDirectory {
                try listFiles(path + entry.name, ends, into: &listing)
            } else if let warning = skipWarning(path + entry.name) {
                listing.warnings.append(warning)
            } else {
                try addFile(path + entry.name, ends, into: &listing)
            }
        }
    }

    private func addFile(_ path: String, _ ends: S3TransferEnds, into listing: inout Listing) throws(S3CallError) {
        guard let info = (try? paths.info(path)) ?? nil else {
            listing.warnings.append(S3ResultPrinter.skipWarning(paths.display(path), "File does not exist."))
            return
        }
        let (destination, compareKey) = ends.destinationAndCompareKey(for: path)
        listing.entries.append(S3FileEntry(
            source: path, destination: destination, compareKey: compareKey, size: info.size,
            lastModified: info.modified, sourceIsS3: false, destinationIsS3: ends.destination.isS3,
            operation: operation))
    }

    /// `triggers_warning`: a missing path or a special file is skipped with a warning.
    private func skipWarning(_ path: String) -> String? {
        if paths.isDevice(path) {
            return S3ResultPrinter.skipWarning(
                path, "File is character special device, block special device, FIFO, or socket.")
        }
        if !paths.exists(path) {
            return S3ResultPrinter.skipWarning(paths.display(path), "File does not exist.")
        }
        return nil
    }

    // MARK: Objects

    private func listObjects(_ ends: S3TransferEnds, into listing: inout Listing) throws(S3CallError) {
        let s3Path = ends.source.path
        let (bucket, prefix) = S3Path.bucketAndKey(s3Path)
        if !ends.directoryOperation && !prefix.isEmpty {
            listing.entries.append(try singleObject(bucket: bucket, key: prefix, ends))
            return
        }
        var request: Value = ["Bucket": .string(bucket), "Prefix": .string(prefix)]
        if let pageSize { request["MaxKeys"] = .int(pageSize) }
        for (name, value) in listExtras { request[name] = value }
        try client.paginate("ListObjectsV2", request) { (page: Value) throws(S3CallError) in
            for content in page.array("Contents") {
                guard let key = content.string("Key") else { continue }
                let source = bucket + "/" + key
                let size = content.int("Size") ?? 0
                if size == 0 && key.hasSuffix("/") {
                    if operation != .delete { continue }
                } else if !ends.directoryOperation && !s3Path.utf8.elementsEqual(source.utf8) {
                    continue
                }
                let (destination, compareKey) = ends.destinationAndCompareKey(for: source)
                listing.entries.append(S3FileEntry(
                    source: source, destination: destination, compareKey: compareKey, size: size,
                    lastModified: content["LastModified"]?.doubleValue, sourceIsS3: true,
                    destinationIsS3: ends.destination.isS3, operation: operation,
                    storageClass: content.string("StorageClass"),
                    restore: content["RestoreStatus"].flatMap(Self.restoreText), eTag: content.string("ETag")))
            }
        }
    }

    /// One object by `HeadObject` (no call for a delete); a missing key reads
    /// `Key "k" does not exist`.
    private func singleObject(bucket: String, key: String, _ ends: S3TransferEnds) throws(S3CallError) -> S3FileEntry {
        let source = bucket + "/" + key
        let (destination, compareKey) = ends.destinationAndCompareKey(for: source)
        var entry = S3FileEntry(source: source, destination: destination, compareKey: compareKey, size: nil,
                                lastModified: nil, sourceIsS3: true, destinationIsS3: ends.destination.isS3,
                                operation: operation)
        if operation == .delete { return entry }
        var request: Value = ["Bucket": .string(bucket), "Key": .string(key)]
        for (name, value) in headExtras { request[name] = value }
        let response: Value
        do {
            response = try client.call("HeadObject", request)
        } catch {
            if error.serviceCode == "404" {
                throw S3CallError.service("404", operation: "HeadObject", message: "Key \"\(key)\" does not exist")
            }
            throw error
        }
        entry.size = response.int("ContentLength")
        entry.lastModified = response["LastModified"]?.doubleValue
        entry.eTag = response.string("ETag")
        entry.storageClass = response.string("StorageClass")
        entry.restore = response.string("Restore")
        return entry
    }

    /// `RestoreStatus` of a listing as the `Restore` header would say it.
    private static func restoreText(_ status: Value) -> String? {
        guard let ongoing = status.bool("IsRestoreInProgress") else { return nil }
        return "ongoing-request=\"\(ongoing)\""
    }

    /// A local file error as Python's `OSError` prints it (`[Errno 20] Not a directory: 'x'`).
    static func osErrorText(_ error: any Error, path: String) -> String {
        guard let local = error as? LocalFileError else { return "\(error)" }
        switch local.kind {
        case .notFound: return "[Errno 2] No such file or directory: '\(path)'"
        case .isDirectory: return "[Errno 21] Is a directory: '\(path)'"
        case .notDirectory: return "[Errno 20] Not a directory: '\(path)'"
        case .exists: return "[Errno 17] File exists: '\(path)'"
        case .notEmpty: return "[Errno 39] Directory not empty: '\(path)'"
        case .outsideWorkspace: return local.message
        case .other:
            if local.message.hasSuffix("Permission denied") { return "[Errno 13] Permission denied: '\(path)'" }
            return local.message
        }
    }
}
