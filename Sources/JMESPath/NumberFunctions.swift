import JSONValue

/// Number functions: abs, avg, ceil, floor, sum, max, min, to_number.
enum NumberFunctions {
    static func abs(_ number: Value) -> Value {
        switch number {
        case .int(let integer):
            return integer == Int.min ? .double(-Double(integer)) : .int(Swift.abs(integer))
        case .double(let real):
            return .double(Swift.abs(real))
        default:
            return .null
        }
    }

    /// Python's `math.ceil` / `math.floor`: an int (a double only when no int can hold it).
    static func round(_ number: Value, _ rule: FloatingPointRoundingRule) -> Value {
        switch number {
        case .int:
            return number
        case .double(let real):
            let rounded = real.rounded(rule)
            if rounded.isFinite, let integer = Int(exactly: rounded) { return .int(integer) }
            return .double(rounded)
        default:
            return .null
        }
    }

    /// Python's `sum`: an int while every number is an int, a double once one is not.
    static func sum(_ numbers: [Value]) -> Value {
        var integerTotal = 0
        var realTotal: Double?
        for number in numbers {
            switch number {
            case .int(let integer):
                if let total = realTotal {
                    realTotal = total + Double(integer)
                } else {
                    let (total, overflow) = integerTotal.addingReportingOverflow(integer)
                    if overflow {
                        realTotal = Double(integerTotal) + Double(integer)
                    } else {
                        integerTotal = total
                    }
                }
            case .double(let real):
                realTotal = (realTotal ?? Double(integerTotal)) + real
            default:
                continue
            }
        }
        if let realTotal { return .double(realTotal) }
        return .int(integerTotal)
    }

    /// Always a double (Python's true division); null for an empty array.
    static func average(_ numbers: [Value]) -> Value {
        guard !numbers.isEmpty, let total = sum(numbers).doubleValue else { return .null }
        return .double(total / Double(numbers.count))
    }

    /// The first greatest (or least) number or string; null for an empty array.
    static func extreme(_ items: [Value], wantsGreatest: Bool) -> Value {
        guard var best = items.first else { return .null }
        for item in items.dropFirst() {
            guard let order = ValueComparison.order(item, best) else { continue }
            if wantsGreatest ? order > 0 : order < 0 { best = item }
        }
        return best
    }

    /// Numbers unchanged, strings parsed like Python's `int()` then `float()`, else null.
    static func toNumber(_ value: Value) -> Value {
        switch value {
        case .int, .double:
            return value
        case .string, .blob:
            return value.jmespathText.flatMap(PythonNumber.parse) ?? .null
        default:
            return .null
        }
    }
}
