import Foundation
import JSONValue
import Yams

/// YAML output (`--output yaml`) and the YAML input skeleton, through Yams.
public enum YAMLWriter {
    public static func write(_ value: Value) -> String {
        let node = node(value)
        return (try? Yams.serialize(node: node, indent: 2, width: -1, allowUnicode: true, sortKeys: false)) ?? ""
    }

    static func node(_ value: Value) -> Node {
        switch value {
        case .null: return Node("null", Tag(.null))
        case .bool(let b): return Node(b ? "true" : "false", Tag(.bool))
        case .int(let i): return Node(String(i), Tag(.int))
        case .double(let d): return Node(JSONWriter.formatDouble(d), Tag(.float))
        case .string(let s): return Node(s, Tag(.str), needsQuotes(s) ? .singleQuoted : .any)
        case .blob(let data): return Node(data.base64EncodedString(), Tag(.str))
        case .array(let items): return Node(items.map(node))
        case .object(let members): return Node(members.map { (Node($0.key), node($0.value)) })
        }
    }

    /// Strings YAML would read back as something else are quoted, as PyYAML quotes them.
    static func needsQuotes(_ s: String) -> Bool {
        if s.isEmpty { return true }
        let lower = s.lowercased()
        if ["true", "false", "yes", "no", "on", "off", "null", "~", "y", "n"].contains(lower) { return true }
        if Double(s) != nil || Int(s) != nil { return true }
        return Timestamp.parse(s) != nil && s.first?.isNumber == true
    }
}

/// Reads YAML documents into values (`--cli-input-yaml`).
public enum YAMLReader {
    public static func parse(_ text: String) throws -> Value {
        guard let node = try Yams.compose(yaml: text) else { return .null }
        return value(node)
    }

    static func value(_ node: Node) -> Value {
        switch node {
        case .scalar(let scalar):
            if let b = Bool.construct(from: scalar), scalar.tag == Tag(.bool) || scalar.style == .plain, ["true", "false"].contains(scalar.string.lowercased()) { return .bool(b) }
            if scalar.style == .plain {
                if scalar.string == "null" || scalar.string == "~" { return .null }
                if let i = Int(scalar.string) { return .int(i) }
                if let d = Double(scalar.string), scalar.string.contains(".") { return .double(d) }
            }
            return .string(scalar.string)
        case .sequence(let seq):
            return .array(seq.map(value))
        case .mapping(let mapping):
            var out: [(String, Value)] = []
            for (k, v) in mapping { out.append((k.string ?? "", value(v))) }
            var members = Value.emptyObject
            for (k, v) in out { members[k] = v }
            return members
        @unknown default:
            return .null
        }
    }
}
