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
        values.contains { value in
            let pattern = WildcardPattern(value, escapes: true)
            return candidates.contains { pattern.matches($0) }
        }
    }
}
