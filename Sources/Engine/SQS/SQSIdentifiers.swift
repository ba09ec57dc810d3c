import Foundation

/// Fast identifier formatting for SQS, drawing every random bit from the cloud's seeded
/// `IDGenerator` (so replays give the same ids) but formatting bytes directly, which the
/// million-message benchmark needs.
enum SQSIdentifiers {
    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// Lower-case hexadecimal of some bytes.
    static func hex<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        var out: [UInt8] = []
        out.reserveCapacity(32)
        for b in bytes {
            out.append(hexDigits[Int(b >> 4)])
            out.append(hexDigits[Int(b & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A version-4 UUID, lower case: SQS message ids and move-task ids.
    static func uuid(_ ids: inout IDGenerator) -> String {
        let a = ids.next()
        let b = ids.next()
        var out = [UInt8](repeating: 0, count: 36)
        var pos = 0
        for i in 0..<32 {
            if i == 8 || i == 12 || i == 16 || i == 20 {
                out[pos] = UInt8(ascii: "-")
                pos += 1
            }
            let word = i < 16 ? a : b
            var nibble = Int((word >> UInt64(60 - 4 * (i % 16))) & 0xF)
            if i == 12 { nibble = 4 }
            if i == 16 { nibble = 8 | (nibble & 0x3) }
            out[pos] = hexDigits[nibble]
            pos += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A FIFO sequence number as SQS shows it: twenty decimal digits, large, increasing and
    /// not consecutive.
    static func sequenceNumber(_ counter: UInt64) -> String {
        let digits = String(counter)
        return "1" + String(repeating: "0", count: max(0, 19 - digits.count)) + digits
    }

    /// The first value of a queue's sequence counter.
    static func sequenceStart(_ ids: inout IDGenerator) -> UInt64 {
        8_000_000_000_000_000_000 / 10 + ids.next() % 1_000_000_000_000_000
    }

    /// The step between two sequence numbers of a queue.
    static func sequenceStep(_ ids: inout IDGenerator) -> UInt64 {
        1 + ids.next() % 65_536
    }
}
