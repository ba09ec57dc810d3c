/// The `numeric` operator of a filter policy: `["=", 5]`, `["<", 10]`, `[">=", 0, "<", 100]`.
enum NumericRange {
    private static let operators: Set<String> = ["<", "<=", "=", ">", ">="]

    /// Checks the operand with SNS's messages.
    static func check(_ operand: Value, fail: (String) -> AWSError) throws {
        guard case .array(let items) = operand, !items.isEmpty else {
            throw fail("Value of numeric must be an array.")
        }
        guard let first = items[0].stringValue else {
            throw fail("Invalid member in numeric match: \(JSONWriter.compact(items[0]))")
        }
        guard operators.contains(first) else { throw fail("Unrecognized numeric range operator: \(first)") }
        guard items.count > 1, let low = number(items[1]) else { throw fail("Value of \(first) must be numeric") }
        if items.count == 2 { return }
        guard first == ">" || first == ">=" else { throw fail("Too many elements in numeric expression") }
        guard let second = items[2].stringValue, second == "<" || second == "<=" else {
            throw fail("Bad numeric range operator: \(JSONWriter.compact(items[2]).replacingOccurrences(of: "\"", with: ""))")
        }
        guard items.count == 4, let high = number(items[3]) else { throw fail("Value of \(second) must be numeric") }
        if high <= low { throw fail("Bottom must be less than top") }
    }

    /// Whether a number satisfies every comparison of the operand.
    static func contains(_ operand: Value, _ n: Double) -> Bool {
        guard let items = operand.arrayValue else { return false }
        var index = 0
        while index + 1 < items.count {
            guard let op = items[index].stringValue, let bound = number(items[index + 1]) else { return false }
            let holds: Bool
            switch op {
            case "<": holds = n < bound
            case "<=": holds = n <= bound
            case "=": holds = n == bound
            case ">": holds = n > bound
            case ">=": holds = n >= bound
            default: holds = false
            }
            if !holds { return false }
            index += 2
        }
        return true
    }

    private static func number(_ value: Value) -> Double? {
        switch value {
        case .int, .double: return value.doubleValue
        default: return nil
        }
    }
}
