import Crypto
import Foundation

/// The MD5 digests SQS returns, computed as the SQS Developer Guide describes
/// ("Calculating the MD5 message digest for message attributes"): attributes sorted by name,
/// each encoded as length-prefixed name, length-prefixed data type, one transport byte
/// (1 for String and Number, 2 for Binary) and the length-prefixed value; lengths are 4-byte
/// big-endian. The same encoding gives `MD5OfMessageSystemAttributes`.
enum MessageMD5 {
    /// MD5 of a message body's UTF-8 bytes, as lower-case hex.
    static func body(_ body: String) -> String {
        var text = body
        return text.withUTF8 { buffer in
            Insecure.MD5.hash(data: UnsafeRawBufferPointer(buffer)).withUnsafeBytes { SQSIdentifiers.hex($0) }
        }
    }

    /// MD5 of a set of (message or system) attributes, or nil when there are none.
    static func attributes(_ attributes: [MessageAttribute]) -> String? {
        guard !attributes.isEmpty else { return nil }
        var bytes = [UInt8]()
        for attribute in attributes.sorted(by: { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }) {
            appendLengthPrefixed(Array(attribute.name.utf8), to: &bytes)
            appendLengthPrefixed(Array(attribute.dataType.utf8), to: &bytes)
            if let binary = attribute.binaryValue {
                bytes.append(2)
                appendLengthPrefixed([UInt8](binary), to: &bytes)
            } else {
                bytes.append(1)
                appendLengthPrefixed(Array((attribute.stringValue ?? "").utf8), to: &bytes)
            }
        }
        return Insecure.MD5.hash(data: bytes).withUnsafeBytes { SQSIdentifiers.hex($0) }
    }

    /// SHA-256 of a body, as lower-case hex: the deduplication id of content-based deduplication.
    static func sha256(_ body: String) -> String {
        SHA256.hash(data: Array(body.utf8)).withUnsafeBytes { SQSIdentifiers.hex($0) }
    }

    private static func appendLengthPrefixed(_ value: [UInt8], to bytes: inout [UInt8]) {
        let n = UInt32(value.count)
        bytes.append(UInt8(truncatingIfNeeded: n >> 24))
        bytes.append(UInt8(truncatingIfNeeded: n >> 16))
        bytes.append(UInt8(truncatingIfNeeded: n >> 8))
        bytes.append(UInt8(truncatingIfNeeded: n))
        bytes.append(contentsOf: value)
    }
}
