import Collections

/// Typed reading of an operation's input members, throwing SQS's errors.
struct SQSInput {
    let members: OrderedDictionary<String, Value>

    init(_ value: Value) { self.members = value.objectValue ?? [:] }

    var value: Value { .object(members) }

    subscript(_ name: String) -> Value? { members[name] }

    func string(_ name: String) -> String? { members[name]?.stringValue }

    func requiredString(_ name: String) throws -> String {
        guard let s = members[name]?.stringValue else { throw SQSErrors.missingParameter(name) }
        return s
    }

    /// An integer member; a value that is not a whole number is an invalid parameter.
    func int(_ name: String) throws -> Int? {
        guard let member = members[name], !member.isNull else { return nil }
        if let i = member.intValue { return i }
        if let s = member.stringValue, let i = Int(s) { return i }
        throw SQSErrors.invalidParameterValue("Value \(JSONWriter.compact(member)) for parameter \(name) is invalid.")
    }

    func strings(_ name: String) -> [String] {
        members[name]?.arrayValue?.compactMap(\.stringValue) ?? []
    }

    func objects(_ name: String) -> [Value] {
        members[name]?.arrayValue ?? []
    }

    /// A string-to-string map member, in its order.
    func map(_ name: String) -> [(String, String)] { members[name]?.stringPairs ?? [] }

    func has(_ name: String) -> Bool {
        guard let member = members[name] else { return false }
        return !member.isNull
    }
}
