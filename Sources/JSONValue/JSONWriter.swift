import Foundation

/// Writes `Value`s as JSON the way Python's `json.dumps` does, which is what the AWS CLI
/// prints: `indent: 4` gives the CLI's `--output json`, `indent: nil` a compact line.
public enum JSONWriter {
    public static func write(_ value: Value, indent: Int? = 4, sortKeys: Bool = false) -> String {
        var out = ""
        out.reserveCapacity(256)
        append(value, to: &out, indent: indent, level: 0, sortKeys: sortKeys)
        return out
    }

    /// A JSON string literal with Python's escaping (`ensure_ascii=False`).
    public static func quote(_ s: String) -> String {
        var out = ""
        appendString(s, to: &out)
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

    private static func append(_ value: Value, to out: inout String, indent: Int?, level: Int, sortKeys: Bool) {
        switch value {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .double(let d): out += formatDouble(d)
        case .string(let s): appendString(s, to: &out)
        case .blob(let data): appendString(data.base64EncodedString(), to: &out)
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += indent == nil ? ", " : "," }
                newline(&out, indent: indent, level: level + 1)
                append(item, to: &out, indent: indent, level: level + 1, sortKeys: sortKeys)
            }
            newline(&out, indent: indent, level: level)
            out += "]"
        case .object(let members):
            if members.isEmpty { out += "{}"; return }
            out += "{"
            let keys = sortKeys ? members.keys.sorted() : Array(members.keys)
            for (i, key) in keys.enumerated() {
                if i > 0 { out += indent == nil ? ", " : "," }
                newline(&out, indent: indent, level: level + 1)
                appendString(key, to: &out)
                out += ": "
                append(members[key] ?? .null, to: &out, indent: indent, level: level + 1, sortKeys: sortKeys)
            }
            newline(&out, indent: indent, level: level)
            out += "}"
        }
    }

    private static func newline(_ out: inout String, indent: Int?, level: Int) {
        guard let indent else { return }
        out += "\n"
        out += String(repeating: " ", count: indent * level)
    }

    private static func appendString(_ s: String, to out: inout String) {
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
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
