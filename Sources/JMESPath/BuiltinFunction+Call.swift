import JSONValue

extension BuiltinFunction {
    /// Evaluates the arguments against `current` (expression references stay unevaluated),
    /// checks their types, and applies the function.
    func call(_ argumentNodes: [Node], on current: Value, _ hints: LookupHints) throws(JMESPathError) -> Value {
        var arguments: [Argument] = []
        arguments.reserveCapacity(argumentNodes.count)
        for node in argumentNodes {
            if case .expressionReference(let expression) = node {
                arguments.append(.expression(expression))
            } else {
                arguments.append(.value(try node.evaluate(current, hints)))
            }
        }
        try signature.checkTypes(arguments, function: rawValue)
        return try apply(arguments, hints)
    }

    /// Applies the function to arguments that passed the type checks.
    private func apply(_ arguments: [Argument], _ hints: LookupHints) throws(JMESPathError) -> Value {
        let first = arguments.first?.value ?? .null
        switch self {
        case .abs: return NumberFunctions.abs(first)
        case .avg: return NumberFunctions.average(first.arrayValue ?? [])
        case .ceil: return NumberFunctions.round(first, .up)
        case .floor: return NumberFunctions.round(first, .down)
        case .sum: return NumberFunctions.sum(first.arrayValue ?? [])
        case .max: return NumberFunctions.extreme(first.arrayValue ?? [], wantsGreatest: true)
        case .min: return NumberFunctions.extreme(first.arrayValue ?? [], wantsGreatest: false)
        case .toNumber: return NumberFunctions.toNumber(first)
        case .contains: return StringFunctions.contains(first, arguments[1].value)
        case .endsWith: return StringFunctions.endsWith(first, arguments[1].value)
        case .startsWith: return StringFunctions.startsWith(first, arguments[1].value)
        case .join: return StringFunctions.join(first, arguments[1].value)
        case .length: return StringFunctions.length(first)
        case .reverse: return StringFunctions.reverse(first)
        case .toString: return StringFunctions.toString(first)
        case .type: return .string(first.jmespathType.rawValue)
        case .keys: return CollectionFunctions.keys(first)
        case .values: return CollectionFunctions.values(first)
        case .merge: return CollectionFunctions.merge(arguments)
        case .notNull: return arguments.first(where: { !$0.value.isNull })?.value ?? .null
        case .toArray: return CollectionFunctions.toArray(first)
        case .sort: return CollectionFunctions.sort(first.arrayValue ?? [])
        case .map:
            let items = arguments[1].value.arrayValue ?? []
            return try CollectionFunctions.map(arguments[0].expression, over: items, hints)
        case .sortBy: return try ExpressionFunctions.sortBy(first.arrayValue ?? [], arguments[1].expression, hints)
        case .maxBy, .minBy:
            return try ExpressionFunctions.extremeBy(
                first.arrayValue ?? [], arguments[1].expression, wantsGreatest: self == .maxBy, function: rawValue,
                hints)
        }
    }
}
