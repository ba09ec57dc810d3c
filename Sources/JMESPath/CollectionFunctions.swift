import Collections
import JSONValue

/// Array and object functions: keys, values, merge, to_array, sort, map.
enum CollectionFunctions {
    static func keys(_ value: Value) -> Value {
        guard case .object(let members) = value else { return .null }
        return .array(members.keys.map { .string($0) })
    }

    static func values(_ value: Value) -> Value {
        guard case .object(let members) = value else { return .null }
        return .array(Array(members.values))
    }

    /// Later objects win; a key keeps the place where it first appeared.
    static func merge(_ arguments: [Argument]) -> Value {
        var merged = OrderedDictionary<String, Value>()
        for argument in arguments {
            guard case .object(let members) = argument.value else { continue }
            if merged.isEmpty {
                merged = members
                continue
            }
            for (key, value) in members { merged[key] = value }
        }
        return .object(merged)
    }

    static func toArray(_ value: Value) -> Value {
        if case .array = value { return value }
        return .array([value])
    }

    /// A stable ascending sort of numbers or of strings.
    static func sort(_ items: [Value]) -> Value {
        .array(stableSorted(items, keys: items))
    }

    static func map(_ expression: Node, over items: [Value], _ hints: LookupHints) throws(JMESPathError) -> Value {
        var results: [Value] = []
        results.reserveCapacity(items.count)
        for item in items { results.append(try expression.evaluate(item, hints)) }
        return .array(results)
    }

    /// Sorts `items` by `keys` (numbers, or strings), keeping the order of equal keys.
    static func stableSorted(_ items: [Value], keys: [Value]) -> [Value] {
        let order = items.indices.sorted { left, right in
            let comparison = ValueComparison.order(keys[left], keys[right]) ?? 0
            return comparison == 0 ? left < right : comparison < 0
        }
        return order.map { items[$0] }
    }
}
