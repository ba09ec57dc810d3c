import JSONValue

/// String functions: contains, ends_with, starts_with, join, length, reverse, to_string.
enum StringFunctions {
    /// An array containing an equal element, or a string containing a substring.
    static func contains(_ subject: Value, _ search: Value) -> Value {
        if case .array(let items) = subject {
            return .bool(items.contains { ValueComparison.equal($0, search) })
        }
        guard let text = subject.jmespathText, let part = search.jmespathText else { return .bool(false) }
        return .bool(containsBytes(Array(text.utf8), Array(part.utf8)))
    }

    /// UTF-8 substring search (the same as a code point search).
    private static func containsBytes(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty else { return true }
        guard needle.count <= haystack.count else { return false }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if haystack[start..<(start + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }

    static func startsWith(_ subject: Value, _ prefix: Value) -> Value {
        guard let text = subject.jmespathText, let start = prefix.jmespathText else { return .bool(false) }
        return .bool(text.utf8.starts(with: start.utf8))
    }

    static func endsWith(_ subject: Value, _ suffix: Value) -> Value {
        guard let text = subject.jmespathText, let end = suffix.jmespathText else { return .bool(false) }
        return .bool(text.utf8.reversed().starts(with: end.utf8.reversed()))
    }

    static func join(_ separator: Value, _ items: Value) -> Value {
        guard let glue = separator.jmespathText, case .array(let parts) = items else { return .null }
        return .string(parts.compactMap(\.jmespathText).joined(separator: glue))
    }

    /// Characters (code points) of a string, elements of an array, members of an object.
    static func length(_ value: Value) -> Value {
        switch value {
        case .array(let items): return .int(items.count)
        case .object(let members): return .int(members.count)
        default: return .int(value.jmespathText?.unicodeScalars.count ?? 0)
        }
    }

    static func reverse(_ value: Value) -> Value {
        if case .array(let items) = value { return .array(items.reversed()) }
        guard let text = value.jmespathText else { return .null }
        var reversed = String.UnicodeScalarView()
        reversed.append(contentsOf: text.unicodeScalars.reversed())
        return .string(String(reversed))
    }

    /// Strings unchanged; anything else as compact JSON.
    static func toString(_ value: Value) -> Value {
        switch value {
        case .string, .blob: return value
        default: return .string(JSONWriter.compact(value, ensureASCII: true))
        }
    }
}
