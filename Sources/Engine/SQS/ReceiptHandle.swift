/// A receipt handle: the opaque string one receive of a message hands out. It encodes which
/// queue, which message and which receive it belongs to, with a checksum and random filler, so
/// the queue can tell a handle it never issued (`ReceiptHandleIsInvalid`) from a handle of a
/// message that is gone or was received again since. Encoding and decoding work on bytes
/// directly: this is on the path of every receive and delete.
struct ReceiptHandle: Equatable {
    var queueSerial: UInt32
    var messageSerial: UInt64
    var receiveCount: UInt32

    /// Fields (16 bytes), checksum (4), random filler (28): 48 bytes, 64 base64 characters.
    private static let byteCount = 48
    /// The characters that hold the fields and the checksum (7 groups of 4 = 21 bytes).
    private static let decodedPrefixCharacters = 28
    private static let prefix: [UInt8] = Array("AQEB".utf8)
    private static let alphabet: [UInt8] = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
    private static let reverse: [UInt8] = {
        var table = [UInt8](repeating: 0xFF, count: 256)
        for (i, c) in alphabet.enumerated() { table[Int(c)] = UInt8(i) }
        return table
    }()
    static let textLength = 4 + 64

    /// The handle as a string, with random filler drawn from the cloud's generator.
    func encode(_ ids: inout IDGenerator) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Self.byteCount) { bytes in
            Self.put(UInt64(queueSerial), 4, at: 0, in: bytes)
            Self.put(messageSerial, 8, at: 4, in: bytes)
            Self.put(UInt64(receiveCount), 4, at: 12, in: bytes)
            Self.put(UInt64(Self.checksum(UnsafeBufferPointer(bytes))), 4, at: 16, in: bytes)
            var offset = 20
            while offset < Self.byteCount {
                let word = ids.next()
                for i in 0..<min(8, Self.byteCount - offset) { bytes[offset + i] = UInt8(truncatingIfNeeded: word >> UInt64(8 * i)) }
                offset += 8
            }
            return Self.text(UnsafeBufferPointer(bytes))
        }
    }

    private static func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let alphabet = Self.alphabet, prefix = Self.prefix, byteCount = Self.byteCount
        return String(unsafeUninitializedCapacity: Self.textLength) { out in
            for i in 0..<4 { out[i] = prefix[i] }
            var o = 4
            var i = 0
            while i < byteCount {
                let b0 = bytes[i], b1 = bytes[i + 1], b2 = bytes[i + 2]
                out[o] = alphabet[Int(b0 >> 2)]
                out[o + 1] = alphabet[Int((b0 & 0x03) << 4 | b1 >> 4)]
                out[o + 2] = alphabet[Int((b1 & 0x0F) << 2 | b2 >> 6)]
                out[o + 3] = alphabet[Int(b2 & 0x3F)]
                o += 4
                i += 3
            }
            return o
        }
    }

    /// The handle a string encodes, or nil when the string is not a handle this service issued.
    static func decode(_ text: String) -> ReceiptHandle? {
        var text = text
        let reverse = Self.reverse, prefix = Self.prefix, textLength = Self.textLength
        let decodedEnd = 4 + Self.decodedPrefixCharacters
        return text.withUTF8 { utf8 -> ReceiptHandle? in
            guard utf8.count == textLength, utf8[0] == prefix[0], utf8[1] == prefix[1], utf8[2] == prefix[2],
                  utf8[3] == prefix[3] else { return nil }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 21) { bytes -> ReceiptHandle? in
                var o = 0
                var i = 4
                while i < decodedEnd {
                    let c0 = reverse[Int(utf8[i])], c1 = reverse[Int(utf8[i + 1])]
                    let c2 = reverse[Int(utf8[i + 2])], c3 = reverse[Int(utf8[i + 3])]
                    guard c0 != 0xFF, c1 != 0xFF, c2 != 0xFF, c3 != 0xFF else { return nil }
                    bytes[o] = c0 << 2 | c1 >> 4
                    bytes[o + 1] = (c1 & 0x0F) << 4 | c2 >> 2
                    bytes[o + 2] = (c2 & 0x03) << 6 | c3
                    o += 3
                    i += 4
                }
                let read = UnsafeBufferPointer(bytes)
                guard UInt32(get(4, at: 16, in: read)) == checksum(read) else { return nil }
                return ReceiptHandle(queueSerial: UInt32(get(4, at: 0, in: read)), messageSerial: get(8, at: 4, in: read),
                                     receiveCount: UInt32(get(4, at: 12, in: read)))
            }
        }
    }

    private static func put(_ value: UInt64, _ width: Int, at offset: Int, in bytes: UnsafeMutableBufferPointer<UInt8>) {
        for i in 0..<width { bytes[offset + i] = UInt8(truncatingIfNeeded: value >> UInt64(8 * (width - 1 - i))) }
    }

    private static func get(_ width: Int, at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var value: UInt64 = 0
        for i in 0..<width { value = value << 8 | UInt64(bytes[offset + i]) }
        return value
    }

    /// FNV-1a over the 16 field bytes, folded to 32 bits: enough to reject strings that merely
    /// look like handles.
    private static func checksum(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for i in 0..<16 {
            hash ^= UInt64(bytes[i])
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return UInt32(truncatingIfNeeded: hash ^ (hash >> 32)) ^ 0x5153_5331
    }
}
