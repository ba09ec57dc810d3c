extension Value {
    /// A map member read as the string-to-string map the query-style APIs take (`Attributes`,
    /// `Tags`), in its order: strings as they are, booleans as `true`/`false`, anything else
    /// as compact JSON (a policy given as an object). Not a map: no pairs.
    var stringPairs: [(String, String)] {
        guard let map = objectValue else { return [] }
        return map.map { key, member in
            switch member {
            case .string(let s): return (key, s)
            case .bool(let b): return (key, b ? "true" : "false")
            default: return (key, JSONWriter.compact(member))
            }
        }
    }
}
