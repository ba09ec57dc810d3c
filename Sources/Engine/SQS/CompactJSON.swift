/// JSON without any whitespace, as SQS returns the JSON documents it keeps in attributes
/// (`RedrivePolicy`, `RedriveAllowPolicy`, the `Policy` that `AddPermission` writes).
enum CompactJSON {
    static func write(_ value: Value) -> String {
        var out = ""
        append(value, to: &out)
        return out
    }

    private static func append(_ value: Value, to out: inout String) {
        switch value {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .double(let d): out += JSONWriter.formatDouble(d)
        case .string(let s): out += JSONWriter.quote(s)
        case .blob(let data): out += JSONWriter.quote(data.base64EncodedString())
        case .array(let items):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                append(item, to: &out)
            }
            out += "]"
        case .object(let members):
            out += "{"
            for (i, (key, member)) in members.enumerated() {
                if i > 0 { out += "," }
                out += JSONWriter.quote(key) + ":"
                append(member, to: &out)
            }
            out += "}"
        }
    }
}
