import Foundation

/// A receipt handle: the opaque string one receive of a message hands out. It encodes which
/// queue, which message and which receive it belongs to, behind random bytes and a checksum,
/// so the queue can tell a handle it never issued (`ReceiptHandleIsInvalid`) from a handle of a
/// message that is gone or was received again since.
struct ReceiptHandle: Equatable {
    var queueSerial: UInt32
    var messageSerial: UInt64
    var receiveCount: UInt32

    private static let prefix = "AQEB"
    private static let randomBytes = 44
    private static let byteCount = 20 + randomBytes

    /// The handle as a string, with random filler drawn from the cloud's generator.
    func encode(_ ids: inout IDGenerator) -> String {
        var bytes = [UInt8]()
        bytes.reserveCapacity(Self.byteCount)
        Self.append(queueSerial, to: &bytes)
        Self.append(messageSerial, to: &bytes)
        Self.append(receiveCount, to: &bytes)
        var filler = ids.next()
        for i in 0..<Self.randomBytes {
            if i % 8 == 0, i > 0 { filler = ids.next() }
            bytes.append(UInt8(truncatingIfNeeded: filler >> UInt64(8 * (i % 8))))
        }
        Self.append(Self.checksum(bytes), to: &bytes)
        return Self.prefix + Data(bytes).base64EncodedString()
    }

    /// The handle a string encodes, or nil when the string is not a handle this service issued.
    static func decode(_ text: String) -> ReceiptHandle? {
        guard text.hasPrefix(prefix), let data = Data(base64Encoded: String(text.dropFirst(prefix.count))),
              data.count == byteCount else { return nil }
        let bytes = [UInt8](data)
        let body = Array(bytes[0..<(byteCount - 4)])
        guard read(UInt32.self, bytes, at: byteCount - 4) == checksum(body) else { return nil }
        return ReceiptHandle(queueSerial: read(UInt32.self, bytes, at: 0),
                             messageSerial: read(UInt64.self, bytes, at: 4),
                             receiveCount: read(UInt32.self, bytes, at: 12))
    }

    private static func append<T: FixedWidthInteger>(_ value: T, to bytes: inout [UInt8]) {
        var v = value.bigEndian
        withUnsafeBytes(of: &v) { bytes.append(contentsOf: $0) }
    }

    private static func read<T: FixedWidthInteger>(_ type: T.Type, _ bytes: [UInt8], at offset: Int) -> T {
        var value: T = 0
        for i in 0..<MemoryLayout<T>.size { value = (value << 8) | T(bytes[offset + i]) }
        return value
    }

    /// FNV-1a, folded to 32 bits: enough to reject strings that merely decode as base64.
    private static func checksum(_ bytes: [UInt8]) -> UInt32 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in bytes {
            hash ^= UInt64(b)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return UInt32(truncatingIfNeeded: hash ^ (hash >> 32)) ^ 0x5153_5331
    }
}
