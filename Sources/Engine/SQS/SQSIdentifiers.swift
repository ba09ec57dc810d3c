/// Fast identifier formatting for SQS, drawing every random bit from the cloud's seeded
/// `IDGenerator` (so replays give the same ids) but writing bytes straight into strings, which
/// the million-message benchmark needs.
enum SQSIdentifiers {
    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// Lower-case hexadecimal of some bytes.
    static func hex<Bytes: Collection>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        let hexDigits = Self.hexDigits
        return String(unsafeUninitializedCapacity: bytes.count * 2) { out in
            var i = 0
            for b in bytes {
                out[i] = hexDigits[Int(b >> 4)]
                out[i + 1] = hexDigits[Int(b & 0x0F)]
                i += 2
            }
            return i
        }
    }

    /// A version-4 UUID, lower case: SQS message ids and move-task ids.
    static func uuid(_ ids: inout IDGenerator) -> String {
        // Version 4 in the 13th digit, variant 10xx in the 17th.
        let a = (ids.next() & 0xFFFF_FFFF_FFFF_0FFF) | 0x0000_0000_0000_4000
        let b = (ids.next() & 0x3FFF_FFFF_FFFF_FFFF) | 0x8000_0000_0000_0000
        let hexDigits = Self.hexDigits
        return String(unsafeUninitializedCapacity: 36) { out in
            var pos = 0
            func put(_ word: UInt64, _ from: Int, _ count: Int) {
                for k in 0..<count {
                    out[pos] = hexDigits[Int((word >> UInt64(60 - 4 * (from + k))) & 0xF)]
                    pos += 1
                }
            }
            let dash = UInt8(ascii: "-")
            put(a, 0, 8); out[pos] = dash; pos += 1
            put(a, 8, 4); out[pos] = dash; pos += 1
            put(a, 12, 4); out[pos] = dash; pos += 1
            put(b, 0, 4); out[pos] = dash; pos += 1
            put(b, 4, 12)
            return pos
        }
    }

    /// A FIFO sequence number as SQS shows it: twenty decimal digits, large, increasing and
    /// not consecutive ("1" and the counter on nineteen digits).
    static func sequenceNumber(_ counter: UInt64) -> String {
        String(unsafeUninitializedCapacity: 20) { out in
            out[0] = UInt8(ascii: "1")
            var rest = counter % 10_000_000_000_000_000_000
            for i in stride(from: 19, through: 1, by: -1) {
                out[i] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            }
            return 20
        }
    }

    /// The first value of a queue's sequence counter.
    static func sequenceStart(_ ids: inout IDGenerator) -> UInt64 {
        800_000_000_000_000_000 + ids.next() % 1_000_000_000_000_000
    }

    /// The step between two sequence numbers of a queue.
    static func sequenceStep(_ ids: inout IDGenerator) -> UInt64 {
        1 + ids.next() % 65_536
    }

    /// Whether every byte is an ASCII letter, digit, `-` or `_` (queue names, batch ids, labels).
    static func isNameLike(_ text: String, maxLength: Int) -> Bool {
        var count = 0
        for byte in text.utf8 {
            count += 1
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"):
                continue
            default:
                return false
            }
        }
        return count >= 1 && count <= maxLength
    }
}
