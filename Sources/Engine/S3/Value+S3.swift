import Collections

extension Value {
    /// An object from members in order (later duplicates replace earlier ones in place).
    static func s3Object(_ members: [(String, Value)]) -> Value {
        var dict = OrderedDictionary<String, Value>()
        for (k, v) in members { dict[k] = v }
        return .object(dict)
    }
}
