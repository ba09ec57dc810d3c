import AWSCLI

/// Pathname expansion (`*`, `?`, `[...]`) against the workspace, as bash does it with its
/// default options: names starting with `.` match only a pattern starting with `.`, results
/// are sorted, and a backslash makes the next character literal.
enum ShellGlob {
    /// Whether text holds a glob character.
    static func hasMagic(_ text: String) -> Bool {
        text.contains { $0 == "*" || $0 == "?" || $0 == "[" }
    }

    /// Escapes glob characters (and backslashes) so they match themselves.
    static func escape(_ text: String) -> String {
        guard text.contains(where: { "*?[]\\".contains($0) }) else { return text }
        var result = ""
        for character in text {
            if "*?[]\\".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }

    /// The paths matching a pattern, sorted; empty when none match.
    static func expand(_ pattern: String, in fileSystem: any LocalFileSystem) -> [String] {
        let parts = pattern.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        var candidates = [pattern.hasPrefix("/") ? "/" : ""]
        for part in parts {
            var next: [String] = []
            if hasUnescapedMagic(part) {
                let pieces = Array(part)
                for base in candidates {
                    guard let names = try? fileSystem.list(base.isEmpty ? "." : base) else { continue }
                    for name in names where (part.hasPrefix(".") || !name.hasPrefix(".")) && matches(pieces, Array(name)) {
                        next.append(join(base, name))
                    }
                }
            } else {
                next = candidates.map { join($0, unescape(part)) }
            }
            candidates = next
        }
        var found = candidates.filter { fileSystem.exists($0) }
        if pattern.hasSuffix("/") {
            found = found.filter { fileSystem.isDirectory($0) }.map { $0 + "/" }
        }
        return found.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    // MARK: Matching

    /// Whether a name matches a pattern (one path component).
    static func matches(_ pattern: [Character], _ name: [Character]) -> Bool {
        var patternIndex = 0
        var nameIndex = 0
        var starPattern = -1
        var starName = 0
        while nameIndex < name.count {
            if patternIndex < pattern.count,
               let next = step(pattern, patternIndex, name[nameIndex]) {
                if next == -1 {
                    starPattern = patternIndex
                    starName = nameIndex
                    patternIndex += 1
                    continue
                }
                patternIndex = next
                nameIndex += 1
                continue
            }
            guard starPattern >= 0 else { return false }
            patternIndex = starPattern + 1
            starName += 1
            nameIndex = starName
        }
        while patternIndex < pattern.count && pattern[patternIndex] == "*" { patternIndex += 1 }
        return patternIndex == pattern.count
    }

    /// Matches one pattern element against a character: the index after the element, -1 for
    /// a `*`, nil when it does not match.
    private static func step(_ pattern: [Character], _ index: Int, _ character: Character) -> Int? {
        switch pattern[index] {
        case "*":
            return -1
        case "?":
            return index + 1
        case "[":
            if let (matched, end) = bracket(pattern, index, character) { return matched ? end : nil }
            return character == "[" ? index + 1 : nil
        case "\\" where index + 1 < pattern.count:
            return pattern[index + 1] == character ? index + 2 : nil
        default:
            return pattern[index] == character ? index + 1 : nil
        }
    }

    /// A bracket expression starting at `start`: whether it matches and where it ends; nil
    /// when it is not closed (the `[` is then literal).
    private static func bracket(_ pattern: [Character], _ start: Int, _ character: Character) -> (Bool, Int)? {
        var index = start + 1
        var negate = false
        if index < pattern.count && (pattern[index] == "!" || pattern[index] == "^") {
            negate = true
            index += 1
        }
        var matched = false
        var first = true
        while index < pattern.count {
            var member = pattern[index]
            if member == "]" && !first { return (matched != negate, index + 1) }
            first = false
            if member == "[" && index + 1 < pattern.count && pattern[index + 1] == ":",
               let close = classEnd(pattern, from: index + 2) {
                let name = String(pattern[(index + 2)..<close])
                if ShellCharacterClass(name: name)?.contains(character) == true { matched = true }
                index = close + 2
                continue
            }
            if member == "\\" && index + 1 < pattern.count {
                index += 1
                member = pattern[index]
            }
            if index + 2 < pattern.count && pattern[index + 1] == "-" && pattern[index + 2] != "]" {
                let upper = pattern[index + 2]
                if member <= character && character <= upper { matched = true }
                index += 3
                continue
            }
            if member == character { matched = true }
            index += 1
        }
        return nil
    }

    /// The index of the `:` of a `:]` closing a character class name.
    private static func classEnd(_ pattern: [Character], from start: Int) -> Int? {
        var index = start
        while index + 1 < pattern.count {
            if pattern[index] == ":" && pattern[index + 1] == "]" { return index }
            guard pattern[index].isLetter else { return nil }
            index += 1
        }
        return nil
    }

    // MARK: Paths

    private static func hasUnescapedMagic(_ part: String) -> Bool {
        var escaped = false
        for character in part {
            if escaped {
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "*" || character == "?" || character == "[" {
                return true
            }
        }
        return false
    }

    private static func unescape(_ part: String) -> String {
        var result = ""
        var escaped = false
        for character in part {
            if character == "\\" && !escaped {
                escaped = true
                continue
            }
            escaped = false
            result.append(character)
        }
        return result
    }

    private static func join(_ base: String, _ name: String) -> String {
        if base.isEmpty { return name }
        return base.hasSuffix("/") ? base + name : base + "/" + name
    }
}
