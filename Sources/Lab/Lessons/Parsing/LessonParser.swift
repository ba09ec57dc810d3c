import Foundation

/// Reads a lesson file (the format of `Lessons/README.md`): YAML front matter between
/// `---` lines, then Markdown with `## Step:`/`## Quiz:` sections and the lab's fenced
/// blocks. Every error names the file and the line.
public enum LessonParser {
    /// The lab's own block languages; other fenced blocks stay in the text.
    public static let blockLanguages = ["setup", "check", "hint", "solution", "wrong", "explanation", "quiz"]

    /// Parses one lesson; `path` is used in errors and kept in the lesson.
    public static func parse(text: String, path: String) throws(LessonError) -> Lesson {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
        }
        guard lines.first == "---" else {
            throw LessonError(.frontMatter, path: path, line: 1, message: "a lesson starts with YAML front matter between two --- lines")
        }
        guard let end = lines.dropFirst().firstIndex(where: { $0 == "---" || $0 == "..." }) else {
            throw LessonError(.frontMatter, path: path, line: 1, message: "the front matter is never closed with ---")
        }
        let yaml = YAMLBlock(text: lines[1..<end].joined(separator: "\n"), firstLine: 2, path: path)
        let lesson = try FrontMatterReader.read(yaml)
        let body = Array(lines[(end + 1)...])
        let items = try MarkdownScanner.scan(body, firstLine: end + 2, path: path)
        var reader = LessonBody(lesson: lesson)
        return try reader.read(items)
    }

    /// Lower-case letters, digits and single hyphens, starting with a letter or digit.
    static func isIdentifier(_ text: String) -> Bool {
        guard let first = text.first, first != "-", text.last != "-", !text.contains("--") else { return false }
        return text.allSatisfy { ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "-" }
    }

    /// Lines joined, without blank lines at the start and end.
    static func trimmedText(_ lines: [String]) -> String {
        var slice = lines[...]
        while let first = slice.first, first.trimmingCharacters(in: .whitespaces).isEmpty { slice = slice.dropFirst() }
        while let last = slice.last, last.trimmingCharacters(in: .whitespaces).isEmpty { slice = slice.dropLast() }
        return slice.joined(separator: "\n")
    }
}
