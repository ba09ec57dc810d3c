/// One condition in a filter policy's array: a literal (string, number, `true`, `false`,
/// `null`) or an operator object (`prefix`, `suffix`, `anything-but`, `numeric`, `exists`,
/// `equals-ignore-case`).
enum FilterCondition {
    /// Checks a condition as SNS does when the policy is set.
    static func check(_ condition: Value, fail: (String) -> AWSError) throws {
        switch condition {
        case .string, .int, .double, .bool, .null:
            return
        case .object(let members):
            guard members.count == 1, let entry = members.elements.first else {
                throw fail("Match value must be String, number, true, false, or null")
            }
            let keyword = entry.key
            let operand = entry.value
            switch keyword {
            case "prefix", "suffix":
                if case .object(let inner) = operand, inner.count == 1, inner["equals-ignore-case"]?.stringValue != nil {
                    return
                }
                guard operand.stringValue != nil else { throw fail("\(keyword) match pattern must be a string") }
            case "equals-ignore-case":
                guard operand.stringValue != nil else { throw fail("equals-ignore-case match pattern must be a string") }
            case "exists":
                guard operand.boolValue != nil else {
                    throw fail("exists match pattern must be either true or false.")
                }
            case "anything-but":
                try checkAnythingBut(operand, fail: fail)
            case "numeric":
                try NumericRange.check(operand, fail: fail)
            default:
                throw fail("Unrecognized match type \(keyword)")
            }
        default:
            throw fail("Match value must be String, number, true, false, or null")
        }
    }

    private static func checkAnythingBut(_ operand: Value, fail: (String) -> AWSError) throws {
        switch operand {
        case .string, .int, .double:
            return
        case .array(let items):
            let valid = !items.isEmpty && items.allSatisfy { $0.stringValue != nil || $0.doubleValue != nil }
            if !valid { throw fail("Inside anything but list, start|null|boolean is not supported.") }
        case .object(let inner):
            guard inner.count == 1, let key = inner.keys.first, ["prefix", "suffix"].contains(key),
                  inner[key]?.stringValue != nil else {
                throw fail("Unsupported anything-but pattern: \(inner.keys.first ?? "")")
            }
        default:
            throw fail("Value of anything-but must be an array or single string/number value.")
        }
    }

    // MARK: - Matching

    /// Whether a condition matches a property: its values (several for an array) and whether
    /// it is present at all.
    static func matches(_ condition: Value, values: [Value], present: Bool) -> Bool {
        switch condition {
        case .string, .bool, .null:
            return values.contains(condition)
        case .int, .double:
            let target = condition.doubleValue
            return values.contains { number($0) == target && number($0) != nil }
        case .object(let members):
            guard let entry = members.elements.first else { return false }
            let keyword = entry.key
            let operand = entry.value
            if keyword == "exists" { return (operand.boolValue ?? false) == present }
            return values.contains { matchOperator(keyword, operand, $0) }
        default:
            return false
        }
    }

    private static func number(_ value: Value) -> Double? {
        switch value {
        case .int, .double: return value.doubleValue
        default: return nil
        }
    }

    private static func matchOperator(_ keyword: String, _ operand: Value, _ value: Value) -> Bool {
        switch keyword {
        case "prefix", "suffix":
            guard let text = value.stringValue else { return false }
            let ignoreCase = operand["equals-ignore-case"]?.stringValue
            guard let pattern = ignoreCase ?? operand.stringValue else { return false }
            let subject = ignoreCase == nil ? text : text.lowercased()
            let wanted = ignoreCase == nil ? pattern : pattern.lowercased()
            return keyword == "prefix" ? subject.hasPrefix(wanted) : subject.hasSuffix(wanted)
        case "equals-ignore-case":
            guard let text = value.stringValue, let pattern = operand.stringValue else { return false }
            return text.lowercased() == pattern.lowercased()
        case "anything-but":
            return anythingBut(operand, value)
        case "numeric":
            guard let n = number(value) else { return false }
            return NumericRange.contains(operand, n)
        default:
            return false
        }
    }

    private static func anythingBut(_ operand: Value, _ value: Value) -> Bool {
        switch operand {
        case .object(let inner):
            guard let text = value.stringValue else { return true }
            if let prefix = inner["prefix"]?.stringValue { return !text.hasPrefix(prefix) }
            if let suffix = inner["suffix"]?.stringValue { return !text.hasSuffix(suffix) }
            return true
        case .array(let items):
            return !items.contains { equal($0, value) }
        default:
            return !equal(operand, value)
        }
    }

    private static func equal(_ literal: Value, _ value: Value) -> Bool {
        if let a = number(literal) { return number(value) == a }
        return literal == value
    }
}
