import Foundation
import JSONValue

/// botocore's client-side parameter validation: required members, unknown members, types,
/// and minimum lengths and values, reported together as "Parameter validation failed".
public struct ParameterValidator {
    public let model: ServiceModel

    public init(model: ServiceModel) { self.model = model }

    /// The problems found in an operation's input, worded as botocore words them.
    public func problems(_ input: Value, shape: Shape) -> [String] {
        var out: [String] = []
        validate(input, shape: shape, path: "", into: &out)
        return out
    }

    private func pythonType(_ v: Value) -> String {
        switch v {
        case .null: return "<class 'NoneType'>"
        case .bool: return "<class 'bool'>"
        case .int: return "<class 'int'>"
        case .double: return "<class 'float'>"
        case .string: return "<class 'str'>"
        case .blob: return "<class 'bytes'>"
        case .array: return "<class 'list'>"
        case .object: return "<class 'dict'>"
        }
    }

    /// A value as botocore's message shows it: `str()` at the top, Python `repr` inside.
    private func display(_ v: Value) -> String {
        if case .string(let s) = v { return s }
        return Self.pythonRepr(v)
    }

    static func pythonRepr(_ v: Value) -> String {
        switch v {
        case .null: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return String(i)
        case .double(let d): return JSONWriter.formatDouble(d)
        case .string(let s):
            let escaped = s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'")
            return "'\(escaped)'"
        case .blob(let d): return "b'" + String(decoding: d, as: UTF8.self) + "'"
        case .array(let items): return "[" + items.map(pythonRepr).joined(separator: ", ") + "]"
        case .object(let m): return "{" + m.map { "'\($0.key)': \(pythonRepr($0.value))" }.joined(separator: ", ") + "}"
        }
    }

    private func typeError(_ v: Value, _ path: String, _ valid: String, into out: inout [String]) {
        out.append("Invalid type for parameter \(path), value: \(display(v)), type: \(pythonType(v)), valid types: \(valid)")
    }

    private func validate(_ value: Value, shape: Shape, path: String, into out: inout [String]) {
        let name = path.isEmpty ? "input" : path
        switch shape.kind {
        case .structure where !shape.isDocument:
            guard case .object(let members) = value else {
                typeError(value, name, "<class 'dict'>", into: &out)
                return
            }
            for req in shape.members.map(\.name) where shape.required.contains(req) && members[req] == nil {
                out.append("Missing required parameter in \(name): \"\(req)\"")
            }
            for (key, v) in members {
                guard let ref = shape.memberRef(key), let s = model.shape(ref.shape) else {
                    let valid = shape.members.map(\.name).joined(separator: ", ")
                    out.append("Unknown parameter in \(name): \"\(key)\", must be one of: \(valid)")
                    continue
                }
                validate(v, shape: s, path: path.isEmpty ? key : "\(path).\(key)", into: &out)
            }
        case .list:
            guard case .array(let items) = value else {
                typeError(value, name, "<class 'list'>, <class 'tuple'>", into: &out)
                return
            }
            if let min = shape.min, Double(items.count) < min {
                out.append("Invalid length for parameter \(name), value: \(items.count), valid min length: \(Int(min))")
            }
            if let s = shape.member.flatMap({ model.shape($0.shape) }) {
                for (i, item) in items.enumerated() { validate(item, shape: s, path: "\(name)[\(i)]", into: &out) }
            }
        case .map:
            guard case .object(let members) = value else {
                typeError(value, name, "<class 'dict'>", into: &out)
                return
            }
            if let s = shape.value.flatMap({ model.shape($0.shape) }) {
                for (k, v) in members { validate(v, shape: s, path: "\(name).\(k)", into: &out) }
            }
        case .string:
            guard case .string(let s) = value else {
                typeError(value, name, "<class 'str'>", into: &out)
                return
            }
            if let min = shape.min, Double(s.count) < min {
                out.append("Invalid length for parameter \(name), value: \(s.count), valid min length: \(Int(min))")
            }
        case .integer, .long:
            guard case .int(let i) = value else {
                typeError(value, name, "<class 'int'>", into: &out)
                return
            }
            if let min = shape.min, Double(i) < min {
                out.append("Invalid value for parameter \(name), value: \(i), valid min value: \(Int(min))")
            }
        case .float, .double, .bigdecimal:
            switch value {
            case .int, .double: break
            default: typeError(value, name, "<class 'float'>, <class 'decimal.Decimal'>, <class 'int'>", into: &out)
            }
        case .boolean:
            if case .bool = value { break }
            typeError(value, name, "<class 'bool'>", into: &out)
        case .timestamp:
            switch value {
            case .int, .double: break
            case .string(let s) where Timestamp.parse(s) != nil: break
            default: typeError(value, name, "<class 'datetime.datetime'>, timestamp-string", into: &out)
            }
        case .blob:
            switch value {
            case .blob, .string: break
            default: typeError(value, name, "<class 'bytes'>, <class 'bytearray'>, file-like object", into: &out)
            }
        default:
            break
        }
    }
}
