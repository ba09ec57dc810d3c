import JSONValue

/// The JMESPath data types (the names `type()` returns and error messages use).
enum JMESPathType: String, Sendable {
    case null, boolean, number, string, array, object
    /// An expression reference (`&expr`), which only functions see.
    case expref
}

extension Value {
    /// The JMESPath type; a blob is a string (its base64 text).
    var jmespathType: JMESPathType {
        switch self {
        case .null: return .null
        case .bool: return .boolean
        case .int, .double: return .number
        case .string, .blob: return .string
        case .array: return .array
        case .object: return .object
        }
    }

    /// The Python type name jmespath.py puts in some error messages.
    var pythonTypeName: String {
        switch self {
        case .null: return "NoneType"
        case .bool: return "bool"
        case .int: return "int"
        case .double: return "float"
        case .string, .blob: return "str"
        case .array: return "list"
        case .object: return "dict"
        }
    }

    /// The text of a string, or a blob's base64 text; `nil` for the other types.
    var jmespathText: String? {
        switch self {
        case .string(let text): return text
        case .blob(let data): return data.base64EncodedString()
        default: return nil
        }
    }

    /// JMESPath truthiness: false, null, and empty strings, arrays and objects are false.
    var isTruthy: Bool {
        switch self {
        case .null: return false
        case .bool(let flag): return flag
        case .int, .double: return true
        case .string(let text): return !text.isEmpty
        case .blob(let data): return !data.isEmpty
        case .array(let items): return !items.isEmpty
        case .object(let members): return !members.isEmpty
        }
    }
}
