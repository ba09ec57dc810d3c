/// What a scalar's characters allow, as libyaml's emitter (`yaml_emitter_analyze_scalar`)
/// decides it: plain, single-quoted or only double-quoted, and whether it spans lines.
struct YAMLScalarAnalysis {
    let scalars: [Unicode.Scalar]
    /// The UTF-8 length, which libyaml compares with 128 for simple keys.
    let byteLength: Int
    var multiline = false
    var flowPlainAllowed = true
    var blockPlainAllowed = true
    var singleQuotedAllowed = true

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
        byteLength = text.utf8.count
        if scalars.isEmpty {
            flowPlainAllowed = false
            return
        }
        analyze()
    }

    // MARK: - Character classes (libyaml's macros)

    /// libyaml's `IS_PRINTABLE`: LF, ASCII printables, and the BMP but surrogates, BOM,
    /// U+FFFE and U+FFFF. Characters beyond the BMP are not printable to libyaml.
    static func isPrintable(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x0A, 0x20...0x7E, 0xA0...0xD7FF: return true
        case 0xE000...0xFFFD: return c.value != 0xFEFF
        default: return false
        }
    }

    /// `IS_BREAK`: CR, LF, NEL, LS, PS.
    static func isBreak(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x0D, 0x0A, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// `IS_BLANKZ`: space, tab, a break, or the end of the text.
    static func isBlankOrEnd(_ c: Unicode.Scalar?) -> Bool {
        guard let c else { return true }
        return c == " " || c == "\t" || c == "\0" || isBreak(c)
    }

    // MARK: - Analysis

    private mutating func analyze() {
        var blockIndicators = false
        var flowIndicators = false
        var lineBreaks = false
        var specialCharacters = false
        var leadingSpace = false, leadingBreak = false, trailingSpace = false, trailingBreak = false
        var breakSpace = false, spaceBreak = false
        var previousSpace = false, previousBreak = false

        let head = scalars.prefix(3).map(\.value)
        if head == [0x2D, 0x2D, 0x2D] || head == [0x2E, 0x2E, 0x2E] {
            blockIndicators = true
            flowIndicators = true
        }
        var precededByWhitespace = true
        var followedByWhitespace = Self.isBlankOrEnd(scalars.count > 1 ? scalars[1] : nil)
        for (i, c) in scalars.enumerated() {
            if i == 0 {
                if "#,[]{}&*!|>'\"%@`".unicodeScalars.contains(c) {
                    flowIndicators = true
                    blockIndicators = true
                }
                if c == "?" || c == ":" {
                    flowIndicators = true
                    if followedByWhitespace { blockIndicators = true }
                }
                if c == "-" && followedByWhitespace {
                    flowIndicators = true
                    blockIndicators = true
                }
            } else {
                if ",?[]{}".unicodeScalars.contains(c) { flowIndicators = true }
                if c == ":" {
                    flowIndicators = true
                    if followedByWhitespace { blockIndicators = true }
                }
                if c == "#" && precededByWhitespace {
                    flowIndicators = true
                    blockIndicators = true
                }
            }
            if !Self.isPrintable(c) { specialCharacters = true }
            if Self.isBreak(c) { lineBreaks = true }
            let last = i == scalars.count - 1
            if c == " " {
                if i == 0 { leadingSpace = true }
                if last { trailingSpace = true }
                if previousBreak { breakSpace = true }
                previousSpace = true
                previousBreak = false
            } else if Self.isBreak(c) {
                if i == 0 { leadingBreak = true }
                if last { trailingBreak = true }
                if previousSpace { spaceBreak = true }
                previousSpace = false
                previousBreak = true
            } else {
                previousSpace = false
                previousBreak = false
            }
            precededByWhitespace = Self.isBlankOrEnd(c)
            if i + 1 < scalars.count {
                followedByWhitespace = Self.isBlankOrEnd(i + 2 < scalars.count ? scalars[i + 2] : nil)
            }
        }

        multiline = lineBreaks
        if leadingSpace || leadingBreak || trailingSpace || trailingBreak {
            flowPlainAllowed = false
            blockPlainAllowed = false
        }
        if breakSpace {
            flowPlainAllowed = false
            blockPlainAllowed = false
            singleQuotedAllowed = false
        }
        if spaceBreak || specialCharacters {
            flowPlainAllowed = false
            blockPlainAllowed = false
            singleQuotedAllowed = false
        }
        if lineBreaks {
            flowPlainAllowed = false
            blockPlainAllowed = false
        }
        if flowIndicators { flowPlainAllowed = false }
        if blockIndicators { blockPlainAllowed = false }
    }
}
