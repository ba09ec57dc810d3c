import JSONValue

/// Equality and ordering with jmespath.py's rules: 1 and 1.0 are equal, booleans are not
/// numbers, objects compare without regard to key order, strings compare by code point.
enum ValueComparison {
    /// Deep equality.
    static func equal(_ lhs: Value, _ rhs: Value) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null):
            return true
        case (.bool(let a), .bool(let b)):
            return a == b
        case (.int(let a), .int(let b)):
            return a == b
        case (.int, .double), (.double, .int), (.double, .double):
            return compareNumbers(lhs, rhs) == 0
        case (.string(let a), .string(let b)):
            return a.utf8.elementsEqual(b.utf8)
        case (.string, .blob), (.blob, .string), (.blob, .blob):
            return lhs.jmespathText == rhs.jmespathText
        case (.array(let a), .array(let b)):
            guard a.count == b.count else { return false }
            for index in a.indices where !equal(a[index], b[index]) { return false }
            return true
        case (.object(let a), .object(let b)):
            guard a.count == b.count else { return false }
            for (key, value) in a {
                guard let other = b[key], equal(value, other) else { return false }
            }
            return true
        default:
            return false
        }
    }

    /// -1, 0 or 1 for two numbers or two strings; `nil` for anything else (or NaN).
    static func order(_ lhs: Value, _ rhs: Value) -> Int? {
        switch (lhs, rhs) {
        case (.int, .int), (.int, .double), (.double, .int), (.double, .double):
            return compareNumbers(lhs, rhs)
        case (.string(let a), .string(let b)):
            return compareStrings(a, b)
        case (.string, .blob), (.blob, .string), (.blob, .blob):
            guard let a = lhs.jmespathText, let b = rhs.jmespathText else { return nil }
            return compareStrings(a, b)
        default:
            return nil
        }
    }

    /// Compares two numbers exactly, whether they are ints or doubles.
    static func compareNumbers(_ lhs: Value, _ rhs: Value) -> Int? {
        switch (lhs, rhs) {
        case (.int(let a), .int(let b)):
            return a < b ? -1 : (a == b ? 0 : 1)
        case (.double(let a), .double(let b)):
            if a.isNaN || b.isNaN { return nil }
            return a < b ? -1 : (a == b ? 0 : 1)
        case (.int(let a), .double(let b)):
            return compare(a, b)
        case (.double(let a), .int(let b)):
            return compare(b, a).map { -$0 }
        default:
            return nil
        }
    }

    /// Compares an int with a double without rounding the int.
    private static func compare(_ integer: Int, _ real: Double) -> Int? {
        if real.isNaN { return nil }
        let limit = 9_223_372_036_854_775_808.0  // 2^63
        if real >= limit { return -1 }
        if real < -limit { return 1 }
        let whole = real.rounded(.down)
        let truncated = Int(whole)
        if integer < truncated { return -1 }
        if integer > truncated { return 1 }
        return whole == real ? 0 : -1
    }

    /// Code point order (the same as UTF-8 byte order).
    static func compareStrings(_ lhs: String, _ rhs: String) -> Int {
        var left = lhs.utf8.makeIterator()
        var right = rhs.utf8.makeIterator()
        while true {
            switch (left.next(), right.next()) {
            case (nil, nil): return 0
            case (nil, _): return -1
            case (_, nil): return 1
            case (let a?, let b?):
                if a != b { return a < b ? -1 : 1 }
            }
        }
    }
}
