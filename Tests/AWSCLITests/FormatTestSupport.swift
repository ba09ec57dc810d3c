import Foundation
import Testing
import JSONValue

/// Golden cases of the output-format tests, in `Snapshots/Formats` beside this file: values
/// and the exact text the AWS CLI's own formatters print for them (see make_snapshots.py).
enum FormatTestSupport {
    /// One golden case: a response (or `--query` result) and what the CLI prints for it.
    struct Case: Sendable {
        let name: String
        let input: Value
        let expected: String?
        let error: String?
        let title: String
        let width: Int
    }

    /// `Tests/AWSCLITests/Snapshots/Formats`, found from this file's path.
    static let folder: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .appendingPathComponent("Snapshots/Formats")

    /// The cases of one golden file.
    static func cases(_ file: String) throws -> [Case] {
        let data = try Data(contentsOf: folder.appendingPathComponent(file))
        let entries = try #require(try JSONParser.parse(data).arrayValue)
        return try entries.map { entry in
            Case(name: try #require(entry["name"]?.stringValue),
                 input: try #require(entry["input"]),
                 expected: entry["expected"]?.stringValue,
                 error: entry["error"]?.stringValue,
                 title: entry["title"]?.stringValue ?? "",
                 width: entry["width"]?.intValue ?? 80)
        }
    }

    /// A golden text file of the real-CLI captures in `Snapshots/Formats/cli`.
    static func text(_ name: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent("cli/" + name), encoding: .utf8)
    }

    /// A JSON file of the real-CLI captures in `Snapshots/Formats/cli`.
    static func json(_ name: String) throws -> Value {
        try JSONParser.parse(try Data(contentsOf: folder.appendingPathComponent("cli/" + name)))
    }

    /// Where two outputs first differ, for a readable failure message.
    static func firstDifference(_ actual: String, _ expected: String) -> String {
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        for i in 0..<max(a.count, e.count) {
            let x = i < a.count ? String(a[i]) : "<end>"
            let y = i < e.count ? String(e[i]) : "<end>"
            if x != y { return "line \(i + 1):\n  actual:   \(x.debugDescription)\n  expected: \(y.debugDescription)" }
        }
        return "no difference"
    }
}
