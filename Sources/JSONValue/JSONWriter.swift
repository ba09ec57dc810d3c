import Foundation

/// Writes `Value`s as JSON the way Python's `json.dumps` does, which is what the AWS CLI
/// prints: `indent: 4` gives the CLI's `--output json`, `indent: nil` a compact line.
public enum JSONWriter {
    /// How `json.dumps` was called: indentation, separators, key order and escaping.
    struct Format {
        var indent: Int?
        var itemSeparator: String
        var keySeparator: String
        var sortKeys: Bool
        var ensureASCII: Bool
    }

    public static func write(_ value: Value, indent: Int? = 4, sortKeys: Bool = false) -> String {
        var out = ""
        out.reserveCapacity(256)
        let format = Format(indent: indent, itemSeparator: indent == nil ? ", " : ",", keySeparator: ": ",
                            sortKeys: sortKeys, ensureASCII: false)
        append(value, to: &out, format: format, level: 0)
        return out
    }

    /// JSON without white space: `json.dumps(value, separators=(',', ':'))`, as SQS keeps
    /// policies and jmespath.py's `to_string` writes; `ensureASCII` escapes non-ASCII as `\uXXXX`.
    public static func compact(_ value: Value, ensureASCII: Bool = false) -> String {
        var out = ""
        let format = Format(indent: nil, itemSeparator: ",", keySeparator: ":", sortKeys: false, ensureASCII: ensureASCII)
        append(value, to: &out, format: format, level: 0)
        return out
    }

    /// A JSON string literal with Python's escaping (`ensure_ascii=False`).
    public static func quote(_ s: String) -> String {
        var out = ""
        appendString(s, to: &out, ensureASCII: false)
        return out
    }

    /// A double as Python's `repr` prints it.
    public static func formatDouble(_ d: Double) -> String {
        if d.isNaN { return "NaN" }
        if d.isInfinite { return d < 0 ? "-Infinity" : "Infinity" }
        if d == d.rounded(), abs(d) < 1e16 {
            return String(format: "%.1f", d)
        }
        var text = "\(d)"
        // Swift prints 1e-05 like Python, but 1e+16 as "1e+16" — the same; keep as is.
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text
    }

    private static func append(_ value: Value, to out: inout String, format: Format, level: Int) {
        switch value {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .double(let d): out += formatDouble(d)
        case .string(let s): appendString(s, to: &out, ensureASCII: format.ensureASCII)
        case .blob(let data): appendString(data.base64EncodedString(), to: &out, ensureASCII: false)
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += format.itemSeparator }
                newline(&out, indent: format.indent, level: level + 1)
                append(item, to: &out, format: format, level: level + 1)
            }
            newline(&out, indent: format.indent, level: level)
            out += "]"
        case .object(let members):
            if members.isEmpty { out += "{}"; return }
            out += "{"
            let keys = format.sortKeys ? members.keys.sorted() : Array(members.keys)
            for (i, key) in keys.enumerated() {
                if i > 0 { out += format.itemSeparator }
                newline(&out, indent: format.indent, level: level + 1)
                appendString(key, to: &out, ensureASCII: format.ensureASCII)
                out += format.keySeparator
                append(members[key] ?? .null, to: &out, format: format, level: level + 1)
            }
            newline(&out, indent: format.indent, level: level)
            out += "}"
        }
    }

    private static func newline(_ out: inout String, indent: Int?, level: Int) {
        guard let indent else { return }
        out += "\n"
        out += String(repeating: " ", count: indent * level)
    }

    private static func appendString(_ s: String, to out: inout String, ensureASCII: Bool) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{8}": out += "\\b"
            case "\u{c}": out += "\\f"
            default:
                if scalar.value < 0x20 {
                    out += String(format: "\\u%04x", scalar.value)
                } else if ensureASCII && scalar.value >= 0x7F {
                    if scalar.value < 0x10000 {
                        out += String(format: "\\u%04x", scalar.value)
                    } else {
                        let offset = scalar.value - 0x10000
                        out += String(format: "\\u%04x\\u%04x", 0xD800 + (offset >> 10), 0xDC00 + (offset & 0x3FF))
                    }
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
