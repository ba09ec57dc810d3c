import JSONValue

/// The types one function parameter accepts: a list of types such as `number` or
/// `array-string`; an empty list accepts any value.
struct ParameterType: Sendable {
    /// One accepted type: a plain type, or an array whose elements all have a type.
    enum Accepted: Sendable {
        case plain(JMESPathType)
        case arrayOf(JMESPathType)

        var name: String {
            switch self {
            case .plain(let type): return type.rawValue
            case .arrayOf(let element): return "array-\(element.rawValue)"
            }
        }

        var base: JMESPathType {
            switch self {
            case .plain(let type): return type
            case .arrayOf: return .array
            }
        }
    }

    let accepted: [Accepted]
    /// The names jmespath.py shows in errors, e.g. `['array-number', 'array-string']`.
    let names: [String]
    /// The element types of the typed-array entries.
    private let elementTypes: [JMESPathType]

    init(_ accepted: Accepted...) {
        self.accepted = accepted
        self.names = accepted.map(\.name)
        self.elementTypes = accepted.compactMap { entry in
            if case .arrayOf(let element) = entry { return element }
            return nil
        }
    }

    init(_ type: JMESPathType) {
        self.init(.plain(type))
    }

    /// Any value (but not an expression reference).
    static let any = ParameterType()

    /// jmespath.py's check: the top-level type first, then, for typed arrays, the elements
    /// (with several element types allowed, the first element decides which one applies).
    func check(_ argument: Argument, function: String) throws(JMESPathError) {
        let actual = argument.type
        if accepted.isEmpty {
            guard actual != .expref else { throw error(function, argument.description, actual.rawValue) }
            return
        }
        guard accepted.contains(where: { $0.base == actual }) else {
            throw error(function, argument.description, actual.rawValue)
        }
        guard !elementTypes.isEmpty, case .value(.array(let items)) = argument else { return }
        guard let first = items.first else { return }
        let required: JMESPathType
        if elementTypes.count == 1 {
            required = elementTypes[0]
        } else if let match = elementTypes.first(where: { $0 == first.jmespathType }) {
            required = match
        } else {
            throw error(function, PythonRepr.describe(first), first.pythonTypeName)
        }
        for item in items where item.jmespathType != required {
            throw error(function, PythonRepr.describe(item), item.pythonTypeName)
        }
    }

    private func error(_ function: String, _ value: String, _ received: String) -> JMESPathError {
        .invalidType(function: function, value: value, received: received, expected: names)
    }
}
