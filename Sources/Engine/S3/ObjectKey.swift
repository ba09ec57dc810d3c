import Foundation

/// An object key as S3 sees it: a sequence of UTF-8 bytes. Two keys are equal only when
/// their bytes are equal (Swift's `String ==` would also equate canonically equivalent
/// spellings), and keys sort by their bytes, which is the order S3 lists them in.
struct ObjectKey: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    let string: String

    init(_ string: String) { self.string = string }

    var description: String { string }

    /// The key's length in UTF-8 bytes (S3 limits keys to 1024).
    var byteCount: Int { string.utf8.count }

    static func == (a: ObjectKey, b: ObjectKey) -> Bool {
        compareBytes(a.string, b.string) == 0
    }

    static func < (a: ObjectKey, b: ObjectKey) -> Bool {
        compareBytes(a.string, b.string) < 0
    }

    func hash(into hasher: inout Hasher) {
        var copy = string
        copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    /// Whether the key's bytes start with the bytes of `prefix`.
    func hasBytePrefix(_ prefix: String) -> Bool {
        string.utf8.starts(with: prefix.utf8)
    }

    /// `memcmp`-style comparison of two strings' UTF-8 bytes: negative, zero or positive.
    static func compareBytes(_ a: String, _ b: String) -> Int {
        var x = a
        var y = b
        return x.withUTF8 { p in
            y.withUTF8 { q in
                let common = min(p.count, q.count)
                if common > 0, let pa = p.baseAddress, let qa = q.baseAddress {
                    let c = memcmp(pa, qa, common)
                    if c != 0 { return Int(c) }
                }
                return p.count - q.count
            }
        }
    }

    init(from decoder: any Decoder) throws {
        string = try decoder.singleValueContainer().decode(String.self)
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(string)
    }
}
