/// Typed reading of an operation's input members, throwing SQS's errors.
struct SQSInput {
    let value: Value

    init(_ value: Value) { self.value = value }

    func string(_ name: String) -> String? { value[name]?.stringValue }

    func requiredString(_ name: String) throws -> String {
        guard let s = value[name]?.stringValue else { throw SQSErrors.missingParameter(name) }
        return s
    }

    /// An integer member; a value that is not a whole number is an invalid parameter.
    func int(_ name: String) throws -> Int? {
        guard let member = value[name], !member.isNull else { return nil }
        if let i = member.intValue { return i }
        if let s = member.stringValue, let i = Int(s) { return i }
        throw SQSErrors.invalidParameterValue("Value \(CompactJSON.write(member)) for parameter \(name) is invalid.")
    }

    func strings(_ name: String) -> [String] {
        value[name]?.arrayValue?.compactMap(\.stringValue) ?? []
    }

    func objects(_ name: String) -> [Value] {
        value[name]?.arrayValue ?? []
    }

    /// A string-to-string map member, in its order.
    func map(_ name: String) -> [(String, String)] {
        guard let members = value[name]?.objectValue else { return [] }
        return members.map { key, member in
            switch member {
            case .string(let s): return (key, s)
            case .bool(let b): return (key, b ? "true" : "false")
            default: return (key, CompactJSON.write(member))
            }
        }
    }

    func has(_ name: String) -> Bool {
        guard let member = value[name] else { return false }
        return !member.isNull
    }
}
