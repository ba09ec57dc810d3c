import Engine
import JMESPath

/// Turns the YAML of a ` ```check ` block into a `Check`, refusing unknown kinds and fields,
/// regular expressions and queries that do not compile, and cloud commands that write.
struct CheckParser {
    static let kinds = ["cloud", "last-command", "file", "history", "all", "any", "not"]
    static let fieldsByKind: [String: [String]] = [
        "cloud": ["cloud", "query", "message"],
        "last-command": ["last-command", "message"],
        "file": ["file", "exists", "contains", "matches", "key-pair", "message"],
        "history": ["history", "message"],
        "all": ["all", "message"],
        "any": ["any", "message"],
        "not": ["not", "message"],
    ]
    static let lastCommandFields = ["exit", "stdout", "stdout-matches", "stderr-matches", "command-matches"]

    var block: YAMLBlock

    func parse() throws(LessonError) -> Check {
        let value = try block.value()
        if value.isNull { throw LessonError(.check, path: block.path, line: block.firstLine, message: "this check block is empty") }
        return try check(value, after: 0)
    }

    private func check(_ value: Value, after: Int) throws(LessonError) -> Check {
        var fields = YAMLFields(block: block, code: .check, after: after)
        guard case .object(let members) = value else {
            throw LessonError(.check, path: block.path, line: max(block.firstLine, after),
                              message: "a check is a YAML mapping such as `cloud: aws s3api list-buckets`")
        }
        let found = members.keys.filter { Self.kinds.contains($0) }
        guard let kind = found.first else {
            if members.keys.contains("answer") {
                throw fields.error("answer", "answer checks come with quiz steps: write a `## Quiz:` step with a ```quiz block")
            }
            let unknown = members.keys.first ?? ""
            throw fields.error(unknown, "unknown check kind '\(unknown)' (kinds: \(Self.kinds.joined(separator: ", ")))")
        }
        fields.after = block.line(of: kind, after: after)
        if found.count > 1 {
            throw fields.error(found[1], "a check has one kind, but this one has both \(kind) and \(found[1]): put them under `all:`")
        }
        var message: String?
        for (key, item) in try fields.members(value, allowed: Self.fieldsByKind[kind] ?? [], what: "\(kind) check")
            where key == "message" {
            message = try fields.string(item, key)
        }
        guard let body = members[kind] else { throw fields.error(kind, "\(kind) needs a value") }
        switch kind {
        case "all", "any":
            guard case .array(let items) = body, !items.isEmpty else {
                throw fields.error(kind, "\(kind) takes a list of checks, each starting with `- `")
            }
            var parts: [Check] = []
            for item in items { parts.append(try check(item, after: fields.after + 1)) }
            return kind == "all" ? .all(parts, message: message) : .any(parts, message: message)
        case "not":
            return .not(try check(body, after: fields.after + 1), message: message)
        case "cloud":
            return .cloud(try cloud(body, whole: value, message: message, fields: fields))
        case "last-command":
            return .lastCommand(try lastCommand(body, message: message, fields: fields))
        case "file":
            return .file(try file(body, whole: value, message: message, fields: fields))
        default:
            let pattern = try fields.string(body, kind)
            try Self.validateRegex(pattern, key: kind, fields: fields)
            return .history(pattern: pattern, message: message)
        }
    }

    private func cloud(_ body: Value, whole: Value, message: String?, fields: YAMLFields) throws(LessonError) -> CloudCheck {
        let command = try fields.string(body, "cloud")
        let arguments: [String]
        switch CloudCommand.arguments(of: command) {
        case .success(let words): arguments = words
        case .failure(let refusal): throw fields.error("cloud", refusal.message)
        }
        var query: String?
        if let item = whole["query"] {
            let text = try fields.string(item, "query")
            do {
                _ = try JMESPath.compile(text)
            } catch {
                throw fields.error("query", "the query does not compile: \(error.description)")
            }
            query = text
        }
        return CloudCheck(command: command, arguments: arguments, query: query, message: message)
    }

    private func lastCommand(_ body: Value, message: String?, fields: YAMLFields) throws(LessonError) -> LastCommandCheck {
        let parts = try fields.members(body, allowed: Self.lastCommandFields, what: "last-command")
        guard !parts.isEmpty else { throw fields.error("last-command", "last-command needs at least one of \(Self.lastCommandFields.joined(separator: ", "))") }
        var check = LastCommandCheck(message: message)
        for (key, item) in parts {
            if key == "exit" {
                check.exit = Int32(clamping: try fields.int(item, key))
                continue
            }
            let text = try fields.string(item, key)
            if key != "stdout" { try Self.validateRegex(text, key: key, fields: fields) }
            switch key {
            case "stdout": check.stdout = text
            case "stdout-matches": check.stdoutMatches = text
            case "stderr-matches": check.stderrMatches = text
            default: check.commandMatches = text
            }
        }
        return check
    }

    private func file(_ body: Value, whole: Value, message: String?, fields: YAMLFields) throws(LessonError) -> FileCheck {
        var check = FileCheck(path: try fields.string(body, "file"), message: message)
        if let item = whole["exists"] { check.exists = try fields.bool(item, "exists") }
        if let item = whole["contains"] { check.contains = try fields.string(item, "contains") }
        if let item = whole["matches"] {
            let pattern = try fields.string(item, "matches")
            try Self.validateRegex(pattern, key: "matches", fields: fields)
            check.matches = pattern
        }
        if let item = whole["key-pair"] { check.keyPair = try fields.string(item, "key-pair") }
        if check.exists == false && (check.contains != nil || check.matches != nil || check.keyPair != nil) {
            throw fields.error("exists", "a file that must not exist cannot also be checked for contents")
        }
        return check
    }

    static func validateRegex(_ pattern: String, key: String, fields: YAMLFields) throws(LessonError) {
        do {
            _ = try Regex(pattern)
        } catch {
            throw fields.error(key, "\(key) is not a valid regular expression: \(pattern)")
        }
    }
}
