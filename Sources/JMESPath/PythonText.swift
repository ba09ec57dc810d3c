/// Python's notion of whitespace (`str.isspace`), used where jmespath.py calls `strip`.
enum PythonText {
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0: return true
        case 0..<0x80: return false
        default: return scalar.properties.isWhitespace
        }
    }

    /// `s.lstrip()`.
    static func stripLeading(_ text: String) -> Substring.UnicodeScalarView {
        let scalars = text.unicodeScalars
        let start = scalars.firstIndex { !isWhitespace($0) } ?? scalars.endIndex
        return scalars[start...]
    }

    /// `s.strip()`.
    static func strip(_ text: String) -> String {
        let leading = stripLeading(text)
        guard let last = leading.lastIndex(where: { !isWhitespace($0) }) else { return "" }
        return String(Substring(leading[...last]))
    }
}
