import JSONValue

/// Functions taking an expression reference as key: sort_by, max_by, min_by.
enum ExpressionFunctions {
    /// Sorts by a key that must be a number for every element or a string for every element
    /// (the first element decides which).
    static func sortBy(_ items: [Value], _ expression: Node, _ hints: LookupHints) throws(JMESPathError) -> Value {
        guard let first = items.first else { return .array(items) }
        let firstKey = try expression.evaluate(first, hints)
        let required = firstKey.jmespathType
        guard required == .number || required == .string else {
            throw .invalidType(
                function: "sort_by", value: PythonRepr.describe(first), received: required.rawValue,
                expected: ["string", "number"])
        }
        var keys: [Value] = []
        keys.reserveCapacity(items.count)
        for item in items {
            let key = try expression.evaluate(item, hints)
            guard key.jmespathType == required else {
                throw .invalidType(
                    function: "sort_by", value: PythonRepr.describe(key), received: key.jmespathType.rawValue,
                    expected: [required.rawValue])
            }
            keys.append(key)
        }
        return .array(CollectionFunctions.stableSorted(items, keys: keys))
    }

    /// The first element with the greatest (or least) key; keys must be numbers or strings.
    static func extremeBy(
        _ items: [Value], _ expression: Node, wantsGreatest: Bool, function: String, _ hints: LookupHints
    ) throws(JMESPathError) -> Value {
        var best: (item: Value, key: Value)?
        for item in items {
            let key = try expression.evaluate(item, hints)
            let type = key.jmespathType
            guard type == .number || type == .string else {
                throw .invalidType(
                    function: function, value: PythonRepr.describe(key), received: type.rawValue,
                    expected: ["number", "string"])
            }
            guard let current = best else {
                best = (item, key)
                continue
            }
            guard current.key.jmespathType == type, let order = ValueComparison.order(key, current.key) else {
                if current.key.jmespathType != type {
                    throw .invalidType(
                        function: function, value: PythonRepr.describe(key), received: type.rawValue,
                        expected: [current.key.jmespathType.rawValue])
                }
                continue
            }
            if wantsGreatest ? order > 0 : order < 0 { best = (item, key) }
        }
        return best?.item ?? .null
    }
}
