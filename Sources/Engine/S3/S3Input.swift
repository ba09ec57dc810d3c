import Foundation

/// Reading S3 request members the way the service interprets them.
enum S3Input {
    /// A timestamp member: epoch seconds (`.double`/`.int`) or an ISO 8601 / HTTP date string.
    static func timestamp(_ value: Value?) -> Double? {
        switch value {
        case .double(let d)?: return d
        case .int(let i)?: return Double(i)
        case .string(let s)?:
            if let d = Double(s) { return d }
            let iso = ISO8601DateFormatter()
            if let date = iso.date(from: s) { return date.timeIntervalSince1970 }
            iso.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
            if let date = iso.date(from: s) { return date.timeIntervalSince1970 }
            let http = DateFormatter()
            http.locale = Locale(identifier: "en_US_POSIX")
            http.timeZone = TimeZone(identifier: "GMT")
            http.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
            return http.date(from: s)?.timeIntervalSince1970
        default:
            return nil
        }
    }

    /// The request body: bytes as given (a string body is its UTF-8).
    static func body(_ input: Value) -> Data { input["Body"]?.blobValue ?? Data() }

    /// User metadata with names lower-cased, as S3 stores `x-amz-meta-*` headers.
    static func metadata(_ input: Value) throws -> [S3MetadataEntry] {
        guard let members = input["Metadata"]?.objectValue else { return [] }
        var entries: [S3MetadataEntry] = []
        var size = 0
        for (name, value) in members {
            let text = value.stringValue ?? JSONWriter.write(value, indent: nil)
            let lower = name.lowercased()
            size += lower.utf8.count + text.utf8.count
            if let i = entries.firstIndex(where: { $0.name == lower }) {
                entries[i].value += ",\(text)"
            } else {
                entries.append(S3MetadataEntry(name: lower, value: text))
            }
        }
        if size > 2048 { throw S3Error.metadataTooLarge }
        return entries
    }

    /// The content headers and metadata a write request gives.
    static func attributes(_ input: Value) throws -> ObjectAttributes {
        var a = ObjectAttributes()
        if let type = input.string("ContentType") { a.contentType = type }
        a.cacheControl = input.string("CacheControl")
        a.contentDisposition = input.string("ContentDisposition")
        a.contentEncoding = input.string("ContentEncoding")
        a.contentLanguage = input.string("ContentLanguage")
        a.expires = timestamp(input["Expires"])
        a.metadata = try metadata(input)
        return a
    }

    /// The storage classes general purpose buckets accept.
    static let storageClasses: Set<String> = [
        "STANDARD", "REDUCED_REDUNDANCY", "STANDARD_IA", "ONEZONE_IA", "INTELLIGENT_TIERING", "GLACIER",
        "DEEP_ARCHIVE", "GLACIER_IR",
    ]

    /// Storage classes whose objects must be restored before they can be read.
    static let archiveStorageClasses: Set<String> = ["GLACIER", "DEEP_ARCHIVE"]

    /// The `StorageClass` member, or `STANDARD`.
    static func storageClass(_ input: Value) throws -> String {
        guard let value = input.string("StorageClass") else { return "STANDARD" }
        guard storageClasses.contains(value) else { throw S3Error.invalidStorageClass }
        return value
    }

    /// A canned ACL on a write: buckets enforce bucket-owner ownership, so only
    /// `bucket-owner-full-control` (or none) is accepted.
    static func checkObjectACL(_ input: Value, bucket: Bucket) throws {
        guard let acl = input.string("ACL"), bucket.objectOwnership == Bucket.bucketOwnerEnforced else { return }
        if acl != "bucket-owner-full-control" { throw S3Error.accessControlListNotSupported }
    }

    /// A `MaxKeys`-style limit: what the response echoes (default 1000) and the page size
    /// used (at most 1000). A negative value is an error.
    static func pageSize(_ input: Value, _ name: String, limit: Int = 1000) throws -> (echo: Int, size: Int) {
        guard let raw = input[name] else { return (limit, limit) }
        guard let n = raw.intValue, n >= 0 else { throw S3Error.invalidMaxKeys }
        return (n, min(n, limit))
    }

    /// A listing's `Delimiter`: an empty delimiter counts as none.
    static func delimiter(_ input: Value) -> String? {
        guard let d = input.string("Delimiter"), !d.isEmpty else { return nil }
        return d
    }
}
