import Foundation

/// Reads the few DER (ASN.1) elements private key files use: a tag, a length, the content.
struct DERReader {
    private let bytes: [UInt8]
    private var offset = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var isAtEnd: Bool { offset >= bytes.count }

    /// The next element's tag and content, or nil when the bytes are not DER.
    mutating func next() -> (tag: UInt8, content: [UInt8])? {
        guard offset + 2 <= bytes.count else { return nil }
        let tag = bytes[offset]
        var length = Int(bytes[offset + 1])
        offset += 2
        if length & 0x80 != 0 {
            let count = length & 0x7F
            guard count > 0, count <= 4, offset + count <= bytes.count else { return nil }
            length = 0
            for byte in bytes[offset..<(offset + count)] { length = length << 8 | Int(byte) }
            offset += count
        }
        guard length <= bytes.count - offset else { return nil }
        let content = Array(bytes[offset..<(offset + length)])
        offset += length
        return (tag, content)
    }

    /// The next element's content if it has this tag.
    mutating func next(_ tag: UInt8) -> [UInt8]? {
        guard let element = next(), element.tag == tag else { return nil }
        return element.content
    }

    static let integer: UInt8 = 0x02
    static let bitString: UInt8 = 0x03
    static let octetString: UInt8 = 0x04
    static let objectIdentifier: UInt8 = 0x06
    static let sequence: UInt8 = 0x30
}
