import Foundation

/// Splits a lesson's Markdown body into headings, fenced blocks and text lines, following
/// CommonMark's rules for fences: up to three spaces of indent, three or more backticks or
/// tildes, closed by a fence of the same character at least as long.
enum MarkdownScanner {
    static func scan(_ lines: [String], firstLine: Int, path: String) throws(LessonError) -> [MarkdownItem] {
        var items: [MarkdownItem] = []
        var index = 0
        while index < lines.count {
            let line = lines[index]
            let number = firstLine + index
            if let fence = Fence(opening: line) {
                var raw = [line]
                var body: [String] = []
                var closed = false
                index += 1
                while index < lines.count {
                    raw.append(lines[index])
                    if fence.isClosed(by: lines[index]) {
                        closed = true
                        break
                    }
                    body.append(lines[index])
                    index += 1
                }
                guard closed else {
                    throw LessonError(.block, path: path, line: number,
                                      message: "this \(fence.marker) block is never closed")
                }
                items.append(.block(FencedBlock(language: fence.language, body: body.joined(separator: "\n"),
                                                line: number, raw: raw)))
            } else if let heading = heading(line) {
                items.append(.heading(level: heading.level, text: heading.text, line: number))
            } else {
                items.append(.text(line, line: number))
            }
            index += 1
        }
        return items
    }

    /// An ATX heading: 1-6 `#`, a space, the text (closing `#`s removed).
    static func heading(_ line: String) -> (level: Int, text: String)? {
        let trimmed = line.drop { $0 == " " }
        guard line.count - trimmed.count <= 3, trimmed.first == "#" else { return nil }
        let level = trimmed.prefix { $0 == "#" }.count
        let rest = trimmed.dropFirst(level)
        guard level <= 6, rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        var text = rest.trimmingCharacters(in: .whitespaces)
        while text.hasSuffix("#") && (text.dropLast().hasSuffix(" ") || text.allSatisfy { $0 == "#" }) {
            text = String(text.dropLast()).trimmingCharacters(in: .whitespaces)
        }
        return (level, text)
    }
}

/// An opening code fence and what closes it.
private struct Fence {
    var character: Character
    var length: Int
    var language: String

    init?(opening line: String) {
        let trimmed = line.drop { $0 == " " }
        guard line.count - trimmed.count <= 3, let first = trimmed.first, first == "`" || first == "~" else { return nil }
        let run = trimmed.prefix { $0 == first }.count
        guard run >= 3 else { return nil }
        let info = trimmed.dropFirst(run).trimmingCharacters(in: .whitespaces)
        if first == "`" && info.contains("`") { return nil }
        character = first
        length = run
        language = info.split(whereSeparator: { $0 == " " || $0 == "\t" }).first.map(String.init) ?? ""
    }

    var marker: String { String(repeating: character, count: length) + language }

    func isClosed(by line: String) -> Bool {
        let trimmed = line.drop { $0 == " " }
        guard line.count - trimmed.count <= 3 else { return false }
        let run = trimmed.prefix { $0 == character }.count
        return run >= length && trimmed.dropFirst(run).allSatisfy { $0 == " " || $0 == "\t" }
    }
}
