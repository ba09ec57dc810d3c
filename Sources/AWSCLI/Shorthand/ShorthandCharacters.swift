/// The character classes of the AWS CLI's shorthand grammar, as code point predicates.
///
/// The AWS CLI defines its words with Python regular expressions whose classes stop at
/// U+FFFF, so a code point above the Basic Multilingual Plane (an emoji, say) cannot start or
/// continue an unquoted value; the parser then reports it as an unexpected character, exactly
/// as the AWS CLI does. Quoted values take any code point.
enum ShorthandCharacters {
    /// Characters a key is made of: `[A-Za-z0-9-_.#/:]`.
    static func isKey(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "a"..."z", "A"..."Z", "0"..."9", "-", "_", ".", "#", "/", ":": return true
        default: return false
        }
    }

    /// Python's `string.whitespace`: what the parser skips between tokens.
    static func isSkippable(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x20, 0x09...0x0D: return true
        default: return false
        }
    }

    /// Python's `str.isspace()` (and the regular expression `\s`): what may appear inside an
    /// unquoted value and what is stripped from its end.
    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    /// The first character of an unquoted value: printable up to U+FFFF, except
    /// `"` `'` `,` `=` `[` `{` (and so never whitespace below U+0021).
    static func startsValue(_ c: Unicode.Scalar) -> Bool {
        guard (0x21...0xFFFF).contains(c.value) else { return false }
        switch c {
        case "\"", "'", ",", "=", "[", "{": return false
        default: return true
        }
    }

    /// A later character of a value read where a value may be followed by `]` or `}` (a
    /// scalar, the first item of a comma list, an item of `[...]`, a member of `{...}`):
    /// whitespace, or printable up to U+FFFF except `"` `'` `,` `]` `}`.
    static func continuesFirstValue(_ c: Unicode.Scalar) -> Bool {
        if isSpace(c) { return true }
        guard (0x21...0xFFFF).contains(c.value) else { return false }
        switch c {
        case "\"", "'", ",", "]", "}": return false
        default: return true
        }
    }

    /// A later character of the second and following items of a comma list (`a=b,c,d`):
    /// whitespace, or printable up to U+FFFF except `"` `'` `,` `=`. Stopping at `=` is what
    /// lets the parser notice that the "item" was really the next key.
    static func continuesSecondValue(_ c: Unicode.Scalar) -> Bool {
        if isSpace(c) { return true }
        guard (0x21...0xFFFF).contains(c.value) else { return false }
        switch c {
        case "\"", "'", ",", "=": return false
        default: return true
        }
    }
}
