import AWSCLI
import Engine
import Foundation

/// The YAML text of the front matter or of a ` ```check `/` ```quiz ` block, with where it
/// starts in the lesson file so that errors can name a line.
struct YAMLBlock {
    var text: String
    /// The line of the text's first line in the lesson file.
    var firstLine: Int
    var path: String

    /// The parsed value (`AWSCLI.YAMLReader`).
    func value() throws(LessonError) -> Value {
        do {
            return try YAMLReader.parse(text)
        } catch {
            let (line, message) = Self.describe(error)
            throw LessonError(.yaml, path: path, line: firstLine + max(0, line - 1),
                              message: "this YAML does not parse: \(message)")
        }
    }

    /// The line where `key:` first appears (as a mapping key or a list item's first key),
    /// else the block's first line. Yams does not hand positions through `YAMLReader`, so
    /// this looks the key up in the text.
    func line(of key: String, after: Int = 0) -> Int {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (offset, raw) in lines.enumerated() where firstLine + offset >= after {
            var trimmed = raw.trimmingCharacters(in: .whitespaces)
            while trimmed.hasPrefix("- ") { trimmed = String(trimmed.dropFirst(2)).trimmingCharacters(in: .whitespaces) }
            if trimmed.hasPrefix(key + ":") || trimmed.hasPrefix("\"\(key)\":") || trimmed.hasPrefix("'\(key)':") {
                return firstLine + offset
            }
        }
        return max(firstLine, after)
    }

    /// Yams renders `LINE:COLUMN: error: KIND: problem:\n snippet`.
    static func describe(_ error: any Error) -> (line: Int, message: String) {
        let text = String(describing: error)
        let firstLine = text.split(separator: "\n").first.map(String.init) ?? text
        let parts = firstLine.split(separator: ":", maxSplits: 2)
        guard parts.count == 3, let line = Int(parts[0]), Int(parts[1]) != nil else { return (1, firstLine) }
        var message = parts[2].trimmingCharacters(in: .whitespaces)
        for prefix in ["error: ", "scanner: ", "parser: ", "composer: ", "reader: "] where message.hasPrefix(prefix) {
            message = String(message.dropFirst(prefix.count))
        }
        if message.hasSuffix(":") { message = String(message.dropLast()) }
        return (line, message)
    }
}
