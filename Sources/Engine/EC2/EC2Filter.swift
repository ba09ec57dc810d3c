/// One entry of an EC2 `Filters` list: a name and the values it accepts. A resource passes
/// a filter when one of the values matches (values may use `*` and `?` wildcards), and
/// passes a list of filters when it passes every one.
struct EC2Filter {
    var name: String
    var values: [String]

    /// The filters of a request; names outside `known` (and not `tag:KEY` when tags are
    /// allowed) are `InvalidParameterValue`.
    static func parse(_ list: Value?, known: Set<String>, allowsTagFilters: Bool) throws -> [EC2Filter] {
        try (list?.arrayValue ?? []).map { entry in
            let name = entry["Name"]?.stringValue ?? ""
            let isTagFilter = allowsTagFilters && name.hasPrefix("tag:") && name.count > 4
            guard known.contains(name) || isTagFilter else { throw EC2Errors.invalidFilter(name) }
            let values = (entry["Values"]?.arrayValue ?? []).compactMap(\.stringValue)
            return EC2Filter(name: name, values: values)
        }
    }

    /// Whether one of the resource's values for this filter matches one of the filter's.
    func accepts(_ candidates: [String]) -> Bool {
        values.contains { pattern in candidates.contains { Self.glob(pattern, matches: $0) } }
    }

    /// EC2's filter wildcards: `*` any run of characters, `?` one character, `\` escapes.
    static func glob(_ pattern: String, matches text: String) -> Bool {
        let p = Array(pattern), t = Array(text)
        func match(_ i: Int, _ j: Int) -> Bool {
            if i == p.count { return j == t.count }
            switch p[i] {
            case "*":
                return (j...t.count).contains { match(i + 1, $0) }
            case "?":
                return j < t.count && match(i + 1, j + 1)
            case "\\" where i + 1 < p.count:
                return j < t.count && t[j] == p[i + 1] && match(i + 2, j + 1)
            default:
                return j < t.count && t[j] == p[i] && match(i + 1, j + 1)
            }
        }
        return match(0, 0)
    }
}
