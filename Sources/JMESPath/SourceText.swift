/// An expression's text, with conversions from the UTF-8 byte offsets that tokens carry to
/// the character offsets that error messages report.
struct SourceText: Sendable {
    let expression: String

    init(_ expression: String) {
        self.expression = expression
    }

    /// The character (Unicode scalar) offset of a byte offset.
    func characterOffset(ofByte byteOffset: Int) -> Int {
        var count = 0
        for byte in expression.utf8.prefix(max(0, byteOffset)) where byte & 0xC0 != 0x80 {
            count += 1
        }
        return count
    }

    /// The text between two byte offsets.
    func text(from start: Int, to end: Int) -> String {
        let utf8 = expression.utf8
        let lower = max(0, min(start, utf8.count))
        let upper = max(lower, min(end, utf8.count))
        return String(decoding: utf8.dropFirst(lower).prefix(upper - lower), as: UTF8.self)
    }
}
