import JSONValue

/// An evaluated function argument: a value, or an expression reference left unevaluated.
enum Argument: Sendable, CustomStringConvertible {
    case value(Value)
    case expression(Node)

    var type: JMESPathType {
        switch self {
        case .value(let value): return value.jmespathType
        case .expression: return .expref
        }
    }

    /// The value (null for an expression reference, which type checks have ruled out).
    var value: Value {
        if case .value(let value) = self { return value }
        return .null
    }

    /// The expression (`@` for a value, which type checks have ruled out).
    var expression: Node {
        if case .expression(let node) = self { return node }
        return .current
    }

    var description: String {
        switch self {
        case .value(let value): return PythonRepr.describe(value)
        case .expression: return "<expression>"
        }
    }
}
