import JSONValue

/// Formats values the way Python's `%s` formats the objects jmespath.py holds, for error
/// messages that read like the AWS CLI's.
enum PythonRepr {
    /// `str(value)`: a string as itself, anything else as its `repr`.
    static func describe(_ value: Value) -> String {
        if let text = value.jmespathText { return text }
        var out = ""
        append(value, to: &out)
        return out
    }

    private static func append(_ value: Value, to out: inout String) {
        switch value {
        case .null: out += "None"
        case .bool(let flag): out += flag ? "True" : "False"
        case .int(let number): out += String(number)
        case .double(let number): out += float(number)
        case .string, .blob: appendQuoted(value.jmespathText ?? "", to: &out)
        case .array(let items):
            out += "["
            for (index, item) in items.enumerated() {
                if index > 0 { out += ", " }
                append(item, to: &out)
            }
            out += "]"
        case .object(let members):
            out += "{"
            for (index, member) in members.enumerated() {
                if index > 0 { out += ", " }
                appendQuoted(member.key, to: &out)
                out += ": "
                append(member.value, to: &out)
            }
            out += "}"
        }
    }

    private static func float(_ number: Double) -> String {
        if number.isNaN { return "nan" }
        if number.isInfinite { return number < 0 ? "-inf" : "inf" }
        return JSONWriter.formatDouble(number)
    }

    /// Python's string `repr`: single quotes unless the text has a single quote and no double one.
    private static func appendQuoted(_ text: String, to out: inout String) {
        let quote: Unicode.Scalar = text.contains("'") && !text.contains("\"") ? "\"" : "'"
        out.unicodeScalars.append(quote)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case quote: out += "\\"; out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\x" + hex(scalar.value, width: 2)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out.unicodeScalars.append(quote)
    }

    static func hex(_ value: UInt32, width: Int) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: Swift.max(0, width - digits.count)) + digits
    }
}
