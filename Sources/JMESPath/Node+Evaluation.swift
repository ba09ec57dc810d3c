import Collections
import JSONValue

extension Node {
    /// Evaluates the node against `value` with jmespath.py's null-propagation and
    /// projection rules.
    func evaluate(_ value: Value, _ hints: LookupHints) throws(JMESPathError) -> Value {
        switch self {
        case .current:
            return value
        case .field(let field):
            return Self.member(field, of: value, hints)
        case .fields(let path):
            return Self.descend(value, path, from: 0, hints)
        case .chain(let nodes), .indexExpression(let nodes):
            var result = value
            for index in nodes.indices { result = try nodes[index].evaluate(result, hints) }
            return result
        case .index(let position):
            return Self.element(of: value, at: position)
        case .slice(let start, let stop, let step):
            guard case .array(let items) = value else { return .null }
            return .array(try PythonSlice.elements(of: items, start: start, stop: stop, step: step))
        case .literal(let literal):
            return literal
        case .listProjection(let base, let projected):
            guard case .array(let items) = try base.evaluate(value, hints) else { return .null }
            return .array(try Self.project(items, through: projected, hints))
        case .objectProjection(let base, let projected):
            guard case .object(let members) = try base.evaluate(value, hints) else { return .null }
            return .array(try Self.project(members.values, through: projected, hints))
        case .filterProjection(let base, let condition, let projected):
            guard case .array(let items) = try base.evaluate(value, hints) else { return .null }
            return .array(try Self.filter(items, where: condition, through: projected, hints))
        case .flatten(let base):
            guard case .array(let items) = try base.evaluate(value, hints) else { return .null }
            return .array(Self.flatten(items))
        case .or(let left, let right):
            let first = try left.evaluate(value, hints)
            return first.isTruthy ? first : try right.evaluate(value, hints)
        case .and(let left, let right):
            let first = try left.evaluate(value, hints)
            return first.isTruthy ? try right.evaluate(value, hints) : first
        case .not(let operand):
            return .bool(!(try operand.evaluate(value, hints).isTruthy))
        case .comparison(let comparator, let left, let right):
            return comparator.apply(try left.evaluate(value, hints), try right.evaluate(value, hints))
        case .multiSelectList(let nodes):
            if case .null = value { return .null }
            var items: [Value] = []
            items.reserveCapacity(nodes.count)
            for index in nodes.indices { items.append(try nodes[index].evaluate(value, hints)) }
            return .array(items)
        case .multiSelectHash(let pairs):
            if case .null = value { return .null }
            var members = OrderedDictionary<String, Value>(minimumCapacity: pairs.count)
            for index in pairs.indices {
                members[pairs[index].key] = try pairs[index].node.evaluate(value, hints)
            }
            return .object(members)
        case .function(let function, let arguments):
            return try function.call(arguments, on: value, hints)
        case .expressionReference:
            throw .expressionReferenceAsValue
        }
    }

    // MARK: - Helpers

    /// A member of an object, borrowing the object rather than copying it.
    private static func member(_ field: FieldName, of value: borrowing Value, _ hints: LookupHints) -> Value {
        switch value {
        case .object(let members):
            guard let position = hints.position(of: field, in: members) else { return .null }
            return members.values[position]
        default:
            return .null
        }
    }

    /// Follows consecutive fields, borrowing each object on the way.
    private static func descend(
        _ value: borrowing Value, _ path: [FieldName], from step: Int, _ hints: LookupHints
    ) -> Value {
        guard step < path.count else { return copy value }
        switch value {
        case .object(let members):
            guard let position = hints.position(of: path[step], in: members) else { return .null }
            return descend(members.values[position], path, from: step + 1, hints)
        default:
            return .null
        }
    }

    private static func element(of value: Value, at position: Int) -> Value {
        guard case .array(let items) = value else { return .null }
        let index = position < 0 ? items.count + position : position
        return items.indices.contains(index) ? items[index] : .null
    }

    /// Applies `projected` to each element, dropping nulls.
    private static func project<Elements: Collection<Value>>(
        _ elements: Elements, through projected: Node, _ hints: LookupHints
    ) throws(JMESPathError) -> [Value] {
        var collected: [Value] = []
        collected.reserveCapacity(elements.count)
        if case .current = projected {
            for element in elements where !element.isNull { collected.append(element) }
            return collected
        }
        for element in elements {
            let result = try projected.evaluate(element, hints)
            if !result.isNull { collected.append(result) }
        }
        return collected
    }

    private static func filter(
        _ items: [Value], where condition: Node, through projected: Node, _ hints: LookupHints
    ) throws(JMESPathError) -> [Value] {
        var collected: [Value] = []
        for item in items {
            guard try condition.evaluate(item, hints).isTruthy else { continue }
            let result = try projected.evaluate(item, hints)
            if !result.isNull { collected.append(result) }
        }
        return collected
    }

    private static func flatten(_ items: [Value]) -> [Value] {
        var merged: [Value] = []
        merged.reserveCapacity(items.count)
        for item in items {
            if case .array(let inner) = item {
                merged.append(contentsOf: inner)
            } else {
                merged.append(item)
            }
        }
        return merged
    }
}
