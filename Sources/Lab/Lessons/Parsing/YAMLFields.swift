import Engine

/// Reading typed fields out of parsed YAML, with errors that name the field's line.
struct YAMLFields {
    var block: YAMLBlock
    var code: LessonError.Code
    /// Where to start looking for keys (for nested checks).
    var after: Int = 0

    func error(_ key: String, _ message: String) -> LessonError {
        LessonError(code, path: block.path, line: block.line(of: key, after: after), message: message)
    }

    /// A scalar as text: strings, numbers and booleans (`true` as written).
    static func scalarText(_ value: Value) -> String? {
        switch value {
        case .string(let text): return text
        case .int(let number): return String(number)
        case .double(let number): return String(number)
        case .bool(let flag): return flag ? "true" : "false"
        default: return nil
        }
    }

    func string(_ value: Value, _ key: String) throws(LessonError) -> String {
        guard let text = Self.scalarText(value) else { throw error(key, "\(key) must be text") }
        return text
    }

    func int(_ value: Value, _ key: String, minimum: Int = 0) throws(LessonError) -> Int {
        guard case .int(let number) = value, number >= minimum else {
            throw error(key, "\(key) must be a whole number of at least \(minimum)")
        }
        return number
    }

    func bool(_ value: Value, _ key: String) throws(LessonError) -> Bool {
        guard case .bool(let flag) = value else { throw error(key, "\(key) must be true or false") }
        return flag
    }

    func strings(_ value: Value, _ key: String) throws(LessonError) -> [String] {
        guard case .array(let items) = value else { throw error(key, "\(key) must be a list, like [a, b]") }
        var out: [String] = []
        for item in items {
            guard let text = Self.scalarText(item) else { throw error(key, "\(key) must be a list of words") }
            out.append(text)
        }
        return out
    }

    /// The members of a mapping, refusing keys outside `allowed`.
    func members(_ value: Value, allowed: [String], what: String) throws(LessonError) -> [(String, Value)] {
        guard case .object(let members) = value else {
            throw LessonError(code, path: block.path, line: max(block.firstLine, after), message: "\(what) must be a YAML mapping of `key: value` lines")
        }
        var out: [(String, Value)] = []
        for (key, item) in members {
            guard allowed.contains(key) else {
                throw error(key, "unknown \(what) field '\(key)' (known: \(allowed.joined(separator: ", ")))")
            }
            out.append((key, item))
        }
        return out
    }
}
