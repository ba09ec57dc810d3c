/// S3's rules for general purpose bucket names, and the names other AWS accounts already
/// hold in the global namespace (as on real AWS, where short common names are all taken).
enum BucketNaming {
    /// Popular names that belong to other accounts: creating one gives
    /// `BucketAlreadyExists`, reading one gives `AccessDenied` (`403` for HEAD).
    static let namesOwnedByOthers: Set<String> = [
        "test", "bucket", "my-bucket", "mybucket", "example", "examplebucket", "example-bucket", "aws",
        "amazon", "s3", "data", "backup", "backups", "images", "logs", "files", "assets", "static", "media",
        "uploads", "public", "private", "dev", "prod", "staging", "demo", "temp", "tmp", "website", "www",
        "my-test-bucket", "test-bucket", "testbucket", "my-first-bucket", "hello-world", "foo", "bar",
    ]

    static func isOwnedByOthers(_ name: String) -> Bool { namesOwnedByOthers.contains(name) }

    private static let reservedPrefixes = ["xn--", "sthree-", "amzn-s3-demo-"]
    private static let reservedSuffixes = ["-s3alias", "--ol-s3", ".mrap", "--x-s3", "--table-s3"]

    /// Whether `name` follows the naming rules for general purpose buckets.
    static func isValid(_ name: String) -> Bool {
        let bytes = Array(name.utf8)
        guard (3...63).contains(bytes.count) else { return false }
        func isLetterOrDigit(_ b: UInt8) -> Bool { (0x61...0x7A).contains(b) || (0x30...0x39).contains(b) }
        for b in bytes where !(isLetterOrDigit(b) || b == UInt8(ascii: ".") || b == UInt8(ascii: "-")) {
            return false
        }
        guard let first = bytes.first, let last = bytes.last, isLetterOrDigit(first), isLetterOrDigit(last) else {
            return false
        }
        if name.contains("..") { return false }
        if looksLikeIPAddress(name) { return false }
        if reservedPrefixes.contains(where: { name.hasPrefix($0) }) { return false }
        if reservedSuffixes.contains(where: { name.hasSuffix($0) }) { return false }
        return true
    }

    /// Four dot-separated groups of digits, like `192.168.5.4`.
    private static func looksLikeIPAddress(_ name: String) -> Bool {
        let groups = name.split(separator: ".", omittingEmptySubsequences: false)
        guard groups.count == 4 else { return false }
        return groups.allSatisfy { group in
            !group.isEmpty && group.count <= 3 && group.allSatisfy { $0.isASCII && $0.isNumber }
        }
    }
}
