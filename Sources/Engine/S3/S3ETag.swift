import Crypto
import Foundation

/// Entity tags as S3 computes them: the MD5 of the bytes for a single upload, and the MD5
/// of the parts' binary MD5s followed by `-<part count>` for a multipart upload.
enum S3ETag {
    static func md5(_ data: Data) -> Data { Data(Insecure.MD5.hash(data: data)) }

    static func hex(_ bytes: Data) -> String {
        let digits = Array("0123456789abcdef")
        var out = ""
        out.reserveCapacity(bytes.count * 2)
        for b in bytes {
            out.append(digits[Int(b >> 4)])
            out.append(digits[Int(b & 0x0F)])
        }
        return out
    }

    /// The quoted ETag of a single-part object.
    static func single(_ data: Data) -> String { quoted(md5(data)) }

    /// The quoted ETag S3 gives bytes it stores under `encryption`: their MD5, except under
    /// SSE-KMS, where S3's ETag is not an MD5 of the data (an opaque value here, from the
    /// cloud's seeded generator).
    static func stored(md5 digest: @autoclosure () -> Data, encryption: ObjectEncryption,
                       ids: inout IDGenerator) -> String {
        encryption.isKMS ? "\"\(ids.hex(32))\"" : quoted(digest())
    }

    /// A quoted ETag from an MD5 digest.
    static func quoted(_ digest: Data) -> String { "\"\(hex(digest))\"" }

    /// The quoted ETag of a multipart object from its parts' MD5 digests, in part order.
    static func multipart(partDigests: [Data]) -> String {
        var joined = Data()
        joined.reserveCapacity(partDigests.count * 16)
        for digest in partDigests { joined.append(digest) }
        return "\"\(hex(md5(joined)))-\(partDigests.count)\""
    }

    /// An ETag without its surrounding quotes (clients send them either way).
    static func unquoted(_ tag: String) -> String {
        var t = Substring(tag.trimmingCharacters(in: .whitespaces))
        if t.hasPrefix("W/") { t = t.dropFirst(2) }
        if t.hasPrefix("\""), t.hasSuffix("\""), t.count >= 2 { t = t.dropFirst().dropLast() }
        return String(t)
    }

    /// Whether an `If-Match`/`If-None-Match` list (`"a", "b"` or `*`) names `eTag`.
    static func matches(_ condition: String, _ eTag: String) -> Bool {
        let target = unquoted(eTag)
        return condition.split(separator: ",").contains { item in
            let tag = unquoted(String(item))
            return tag == "*" || tag == target
        }
    }
}

extension S3ETag {
    /// The binary MD5 inside a quoted single-part ETag.
    static func digest(ofQuoted tag: String) -> Data {
        let hexText = Array(unquoted(tag).utf8)
        var bytes = Data()
        var i = 0
        while i + 1 < hexText.count {
            let pair = String(decoding: hexText[i..<(i + 2)], as: UTF8.self)
            bytes.append(UInt8(pair, radix: 16) ?? 0)
            i += 2
        }
        return bytes
    }
}
