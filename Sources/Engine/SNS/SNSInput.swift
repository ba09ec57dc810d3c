import Collections

/// Typed reading of an SNS operation's input members, throwing SNS's errors.
struct SNSInput {
    let members: OrderedDictionary<String, Value>

    init(_ value: Value) { self.members = value.objectValue ?? [:] }

    subscript(_ name: String) -> Value? { members[name] }

    func string(_ name: String) -> String? { members[name]?.stringValue }

    /// A required string member; absent, it is `Invalid parameter: NAME`.
    func requiredString(_ name: String) throws -> String {
        guard let s = members[name]?.stringValue else { throw SNSErrors.invalidParameter(name) }
        return s
    }

    func bool(_ name: String) -> Bool? { members[name]?.boolValue }

    func strings(_ name: String) -> [String] {
        members[name]?.arrayValue?.compactMap(\.stringValue) ?? []
    }

    /// A string-to-string map member (`Attributes`), in its order.
    func map(_ name: String) -> [(String, String)] { members[name]?.stringPairs ?? [] }

    /// A `Tags` list of `{Key, Value}`.
    func tags(_ name: String) -> [(String, String)] {
        (members[name]?.arrayValue ?? []).map { ($0["Key"]?.stringValue ?? "", $0["Value"]?.stringValue ?? "") }
    }
}
