import Collections

/// Building KMS outputs in the order of the API model.
extension Value {
    static func kmsObject(_ members: [(String, Value)]) -> Value {
        var dict = OrderedDictionary<String, Value>()
        for (k, v) in members { dict[k] = v }
        return .object(dict)
    }
}
