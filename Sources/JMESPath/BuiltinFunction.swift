/// The built-in JMESPath functions, named as expressions call them.
enum BuiltinFunction: String, Sendable, CaseIterable {
    case abs, avg, ceil, contains
    case endsWith = "ends_with"
    case floor, join, keys, length, map, max
    case maxBy = "max_by"
    case merge, min
    case minBy = "min_by"
    case notNull = "not_null"
    case reverse, sort
    case sortBy = "sort_by"
    case startsWith = "starts_with"
    case sum
    case toArray = "to_array"
    case toNumber = "to_number"
    case toString = "to_string"
    case type, values

    /// The parameter types, as jmespath.py declares them.
    var signature: FunctionSignature {
        switch self {
        case .abs, .ceil, .floor: return .number
        case .avg, .sum: return .numberArray
        case .contains: return .contains
        case .endsWith, .startsWith: return .twoStrings
        case .join: return .join
        case .keys, .values: return .object
        case .length: return .length
        case .map: return .map
        case .max, .min: return .numbersOrStrings
        case .sort: return .sort
        case .maxBy, .minBy, .sortBy: return .arrayAndExpression
        case .merge: return .objects
        case .notNull: return .anyValues
        case .reverse: return .reverse
        case .toArray, .toNumber, .toString, .type: return .anyValue
        }
    }
}
