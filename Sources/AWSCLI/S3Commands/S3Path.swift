/// S3 paths as the `aws s3` commands split them: `s3://bucket/key`, or `bucket/key` once
/// the scheme is gone. The first `/` ends the bucket; the rest, possibly empty, is the key.
enum S3Path {
    static let scheme = "s3://"

    /// Whether a command-line path names S3 (`s3://...`) rather than a local file.
    static func isS3(_ path: String) -> Bool { path.hasPrefix(scheme) }

    /// `bucket/key` → (`bucket`, `key`); a path without `/` is a bucket and an empty key.
    static func bucketAndKey(_ path: String) -> (bucket: String, key: String) {
        guard let slash = path.firstIndex(of: "/") else { return (path, "") }
        return (String(path[..<slash]), String(path[path.index(after: slash)...]))
    }

    /// Like `bucketAndKey`, after removing a leading `s3://`.
    static func split(_ path: String) -> (bucket: String, key: String) {
        bucketAndKey(withoutScheme(path))
    }

    static func withoutScheme(_ path: String) -> String {
        isS3(path) ? String(path.dropFirst(scheme.count)) : path
    }

    /// `bucket/key` as the CLI prints it: `s3://bucket/key`.
    static func uri(_ path: String) -> String { isS3(path) ? path : scheme + path }
}
