import JSONValue

/// The comparison operators.
enum Comparator: Sendable {
    case equal, notEqual, less, lessOrEqual, greater, greaterOrEqual
}

extension Comparator {
    /// `==` and `!=` compare any values; ordering compares two numbers or two strings and
    /// gives null otherwise.
    func apply(_ left: Value, _ right: Value) -> Value {
        switch self {
        case .equal: return .bool(ValueComparison.equal(left, right))
        case .notEqual: return .bool(!ValueComparison.equal(left, right))
        case .less, .lessOrEqual, .greater, .greaterOrEqual:
            guard left.isComparable, right.isComparable, left.jmespathType == right.jmespathType else {
                return .null
            }
            // Only NaN has no order; Python's comparisons with NaN are false.
            guard let order = ValueComparison.order(left, right) else { return .bool(false) }
            switch self {
            case .less: return .bool(order < 0)
            case .lessOrEqual: return .bool(order <= 0)
            case .greater: return .bool(order > 0)
            default: return .bool(order >= 0)
            }
        }
    }
}

extension Value {
    /// Numbers and strings can be ordered.
    fileprivate var isComparable: Bool {
        switch self {
        case .int, .double, .string, .blob: return true
        default: return false
        }
    }
}
