import JSONValue

/// JSON as jmespath.py's `to_string` writes it: `json.dumps(value, separators=(',', ':'))`,
/// so no spaces and non-ASCII characters escaped as `\uXXXX`.
enum CompactJSON {
    static func encode(_ value: Value) -> String {
        var out = ""
        append(value, to: &out)
        return out
    }

    private static func append(_ value: Value, to out: inout String) {
        switch value {
        case .null: out += "null"
        case .bool(let flag): out += flag ? "true" : "false"
        case .int(let number): out += String(number)
        case .double(let number): out += JSONWriter.formatDouble(number)
        case .string, .blob: appendString(value.jmespathText ?? "", to: &out)
        case .array(let items):
            out += "["
            for (index, item) in items.enumerated() {
                if index > 0 { out += "," }
                append(item, to: &out)
            }
            out += "]"
        case .object(let members):
            out += "{"
            for (index, member) in members.enumerated() {
                if index > 0 { out += "," }
                appendString(member.key, to: &out)
                out += ":"
                append(member.value, to: &out)
            }
            out += "}"
        }
    }

    /// A string with Python's `ensure_ascii` escaping.
    private static func appendString(_ text: String, to out: inout String) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{8}": out += "\\b"
            case "\u{C}": out += "\\f"
            default:
                let code = scalar.value
                if code >= 0x20 && code < 0x7F {
                    out.unicodeScalars.append(scalar)
                } else if code < 0x10000 {
                    out += "\\u" + PythonRepr.hex(code, width: 4)
                } else {
                    let offset = code - 0x10000
                    out += "\\u" + PythonRepr.hex(0xD800 + (offset >> 10), width: 4)
                    out += "\\u" + PythonRepr.hex(0xDC00 + (offset & 0x3FF), width: 4)
                }
            }
        }
        out += "\""
    }
}
