import Foundation
import JSONValue

/// How Python prints values, for the formatters the AWS CLI writes in Python: `str()` of a
/// cell (`True`, `None`, `1.5`, `['a', 'b']`), `repr()` of strings inside containers, and
/// `sorted()` of keys, which orders by code point.
enum PythonValueText {
    // MARK: - str()

    /// Python's `str(value)` for a response value.
    static func str(_ value: Value) -> String {
        switch value {
        case .string(let s): return s
        case .blob(let data): return data.base64EncodedString()
        case .array, .object: return repr(value)
        default: return scalarText(value)
        }
    }

    /// Python's `repr(value)`: strings quoted and escaped, containers in brackets.
    static func repr(_ value: Value) -> String {
        switch value {
        case .string(let s): return reprString(s)
        case .blob(let data): return reprString(data.base64EncodedString())
        case .array(let items):
            return "[" + items.map(repr).joined(separator: ", ") + "]"
        case .object(let members):
            return "{" + members.map { reprString($0.key) + ": " + repr($0.value) }.joined(separator: ", ") + "}"
        default:
            return scalarText(value)
        }
    }

    private static func scalarText(_ value: Value) -> String {
        switch value {
        case .null: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return String(i)
        case .double(let d): return float(d)
        default: return ""
        }
    }

    /// Python's `repr(float)`: the shortest text that reads back, `nan`, `inf`.
    static func float(_ d: Double) -> String {
        if d.isNaN { return "nan" }
        if d.isInfinite { return d < 0 ? "-inf" : "inf" }
        return JSONWriter.formatDouble(d)
    }

    /// Python's `repr(str)`: single quotes unless the text has a single quote and no double one.
    static func reprString(_ s: String) -> String {
        let quote: Character = s.contains("'") && !s.contains("\"") ? "\"" : "'"
        var out = String(quote)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if Character(scalar) == quote {
                    out += "\\" + String(quote)
                } else if isPrintable(scalar) {
                    out.unicodeScalars.append(scalar)
                } else {
                    out += escape(scalar)
                }
            }
        }
        out.append(quote)
        return out
    }

    private static func escape(_ scalar: Unicode.Scalar) -> String {
        let v = scalar.value
        if v <= 0xFF { return "\\x" + hex(v, digits: 2) }
        if v <= 0xFFFF { return "\\u" + hex(v, digits: 4) }
        return "\\U" + hex(v, digits: 8)
    }

    private static func hex(_ v: UInt32, digits: Int) -> String {
        let text = String(v, radix: 16)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }

    /// `str.isprintable()` for one character: not a control, format, separator (but space),
    /// surrogate, private-use or unassigned code point.
    private static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == " " { return true }
        switch scalar.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned,
             .lineSeparator, .paragraphSeparator, .spaceSeparator:
            return false
        default:
            return true
        }
    }

    // MARK: - sorted()

    /// Keys in Python's `sorted()` order: by code point, not by Swift's string ordering.
    static func sorted<S: Sequence>(_ keys: S) -> [String] where S.Element == String {
        keys.sorted(by: less)
    }

    static func less(_ a: String, _ b: String) -> Bool {
        a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars) { $0.value < $1.value }
    }

    // MARK: - truthiness

    /// Python's `bool(value)`: empty and zero values are false.
    static func isTruthy(_ value: Value) -> Bool {
        switch value {
        case .null: return false
        case .bool(let b): return b
        case .int(let i): return i != 0
        case .double(let d): return d != 0
        case .string(let s): return !s.isEmpty
        case .blob(let data): return !data.isEmpty
        case .array(let items): return !items.isEmpty
        case .object(let members): return !members.isEmpty
        }
    }

    /// Python's `isinstance(value, dict)`.
    static func isDict(_ value: Value) -> Bool {
        if case .object = value { return true }
        return false
    }

    /// Python's `isinstance(value, list)`.
    static func isList(_ value: Value) -> Bool {
        if case .array = value { return true }
        return false
    }

    /// Whether the formatters treat a value as a scalar (anything but a list or a dict).
    static func isScalar(_ value: Value) -> Bool {
        switch value {
        case .array, .object: return false
        default: return true
        }
    }
}
