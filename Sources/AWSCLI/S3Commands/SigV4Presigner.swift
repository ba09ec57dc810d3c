/// A Signature Version 4 presigned GET URL for an S3 object, as botocore's
/// `generate_presigned_url('get_object')` builds it for AWS CLI v2: virtual-hosted style on
/// the regional endpoint (`bucket.s3.us-east-1.amazonaws.com`, v2 uses the regional
/// endpoint in us-east-1 too), path style when the bucket name cannot be a host label or
/// an `--endpoint-url` is given, `UNSIGNED-PAYLOAD` and the `host` header signed.
struct SigV4Presigner {
    struct Credentials: Sendable, Equatable {
        var accessKeyId: String
        var secretAccessKey: String
        var sessionToken: String?
    }

    var credentials: Credentials
    var region: String
    /// Signing time, epoch seconds.
    var time: Double
    /// `--endpoint-url`, when given.
    var endpointURL: String?

    /// The URL for `GET bucket/key`, valid for `expires` seconds.
    func presignedGetURL(bucket: String, key: String, expires: Int) -> String {
        let encodedKey = Self.encode(key, keepSlash: true)
        let scheme: String
        let host: String
        let path: String
        if let endpointURL {
            let parsed = Self.splitEndpoint(endpointURL)
            scheme = parsed.scheme
            host = parsed.host
            path = parsed.path + "/" + Self.encode(bucket, keepSlash: false) + "/" + encodedKey
        } else if Self.isVirtualHostable(bucket) {
            scheme = "https"
            host = "\(bucket).s3.\(region).amazonaws.com"
            path = "/" + encodedKey
        } else {
            scheme = "https"
            host = "s3.\(region).amazonaws.com"
            path = "/" + Self.encode(bucket, keepSlash: false) + "/" + encodedKey
        }
        let stamp = S3Timestamp(epochSeconds: time)
        let scope = "\(stamp.scopeDate)/\(region)/s3/aws4_request"
        var query: [(String, String)] = [
            ("X-Amz-Algorithm", "AWS4-HMAC-SHA256"),
            ("X-Amz-Credential", "\(credentials.accessKeyId)/\(scope)"),
            ("X-Amz-Date", stamp.amzDate),
            ("X-Amz-Expires", String(expires)),
            ("X-Amz-SignedHeaders", "host"),
        ]
        if let token = credentials.sessionToken { query.append(("X-Amz-Security-Token", token)) }
        let encodedQuery = query.map { ($0.0, Self.encode($0.1, keepSlash: false)) }
        let canonicalQuery = encodedQuery.sorted { $0.0.utf8.lexicographicallyPrecedes($1.0.utf8) }
            .map { "\($0.0)=\($0.1)" }.joined(separator: "&")
        let canonicalRequest = ["GET", path, canonicalQuery, "host:\(host)", "", "host", "UNSIGNED-PAYLOAD"]
            .joined(separator: "\n")
        let stringToSign = [
            "AWS4-HMAC-SHA256", stamp.amzDate, scope,
            SHA256Digest.hex(SHA256Digest.hash(Array(canonicalRequest.utf8))),
        ].joined(separator: "\n")
        var signingKey = Array("AWS4\(credentials.secretAccessKey)".utf8)
        for part in [stamp.scopeDate, region, "s3", "aws4_request"] {
            signingKey = SHA256Digest.hmac(key: signingKey, Array(part.utf8))
        }
        let signature = SHA256Digest.hex(SHA256Digest.hmac(key: signingKey, Array(stringToSign.utf8)))
        let queryText = encodedQuery.map { "\($0.0)=\($0.1)" }.joined(separator: "&")
        return "\(scheme)://\(host)\(path)?\(queryText)&X-Amz-Signature=\(signature)"
    }

    /// Whether the bucket can be the first label of a host name (the endpoint rules'
    /// `isVirtualHostableS3Bucket` without dots): 3-63 lower-case letters, digits and
    /// hyphens, starting and ending with a letter or digit.
    static func isVirtualHostable(_ bucket: String) -> Bool {
        let bytes = Array(bucket.utf8)
        guard (3...63).contains(bytes.count) else { return false }
        func alnum(_ b: UInt8) -> Bool {
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(b) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b)
        }
        guard let first = bytes.first, let last = bytes.last, alnum(first), alnum(last) else { return false }
        return bytes.allSatisfy { alnum($0) || $0 == UInt8(ascii: "-") }
    }

    /// Percent-encoding as botocore quotes: letters, digits, `-_.~` (and `/` in a path) stay.
    static func encode(_ text: String, keepSlash: Bool) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."),
                 UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            case UInt8(ascii: "/") where keepSlash:
                out += "/"
            default:
                let digits = Array("0123456789ABCDEF")
                out += "%\(digits[Int(byte >> 4)])\(digits[Int(byte & 0x0f)])"
            }
        }
        return out
    }

    /// `http://host:port/base` → (`http`, `host:port`, `/base`); default ports are dropped.
    private static func splitEndpoint(_ url: String) -> (scheme: String, host: String, path: String) {
        var rest = Substring(url)
        var scheme = "https"
        if let range = rest.range(of: "://") {
            scheme = String(rest[..<range.lowerBound]).lowercased()
            rest = rest[range.upperBound...]
        }
        var host = rest
        var path = Substring("")
        if let slash = rest.firstIndex(of: "/") {
            host = rest[..<slash]
            path = rest[slash...]
        }
        while path.hasSuffix("/") { path = path.dropLast() }
        var hostText = String(host)
        if (scheme == "https" && hostText.hasSuffix(":443")) || (scheme == "http" && hostText.hasSuffix(":80")) {
            hostText = String(hostText[..<(hostText.lastIndex(of: ":") ?? hostText.endIndex)])
        }
        return (scheme, hostText, String(path))
    }
}
