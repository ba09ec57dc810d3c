import Foundation
import JMESPath
import JSONValue
import Testing

/// The compliance data in `../shared/jmespath-compliance`, found from this file's path.
enum ComplianceFolder {
    static let url: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // JMESPathTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // package root
        .deletingLastPathComponent()
        .appendingPathComponent("shared/jmespath-compliance", isDirectory: true)

    static var exists: Bool { FileManager.default.fileExists(atPath: url.path) }

    /// On CI a missing folder must fail rather than skip.
    static var isCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    static var shouldRun: Bool { exists || isCI }

    static let skipMessage: Comment = "../shared/jmespath-compliance is missing: the suite is skipped"

    /// Every suite file but the benchmarks, sorted.
    static var caseFiles: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.filter { $0.hasSuffix(".json") && $0 != "benchmarks.json" }.sorted()
    }

    static func load(_ name: String) throws -> Value {
        let data = try Data(contentsOf: url.appendingPathComponent(name))
        return try JSONParser.parse(data)
    }
}

/// Parses JSON text written in a test.
func json(_ text: String) throws -> Value {
    try JSONParser.parse(text)
}

/// Evaluates `expression` against the JSON document `document`.
func search(_ expression: String, _ document: String) throws -> Value {
    try JMESPath.search(expression, in: json(document))
}

/// The error `expression` raises (compiling, then searching `document`), if any.
func searchError(_ expression: String, _ document: String = "{}") -> JMESPathError? {
    do {
        _ = try JMESPath.compile(expression).search(try json(document))
        return nil
    } catch let error as JMESPathError {
        return error
    } catch {
        return nil
    }
}

/// Equality that also tells ints from doubles (as Python's types differ), while objects
/// compare without regard to key order.
func sameValue(_ lhs: Value, _ rhs: Value) -> Bool {
    switch (lhs, rhs) {
    case (.array(let a), .array(let b)):
        return a.count == b.count && zip(a, b).allSatisfy { sameValue($0, $1) }
    case (.object(let a), .object(let b)):
        guard a.count == b.count else { return false }
        return a.allSatisfy { key, value in b[key].map { sameValue(value, $0) } ?? false }
    default:
        return lhs == rhs
    }
}

/// Expects `expression` on `document` to give `expected` (JSON), ints and doubles told apart.
func expectSearch(
    _ expression: String, _ document: String, _ expected: String,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    do {
        let result = try search(expression, document)
        let wanted = try json(expected)
        #expect(
            sameValue(result, wanted),
            "\(expression) gave \(JSONWriter.write(result, indent: nil)), expected \(expected)",
            sourceLocation: sourceLocation)
    } catch {
        Issue.record("\(expression) threw \(error)", sourceLocation: sourceLocation)
    }
}

/// Expects `expression` (compiled, then searched on `document`) to fail with `kind`.
func expectError(
    _ expression: String, _ kind: JMESPathError.Kind, on document: String = "{}",
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let error = searchError(expression, document)
    #expect(error?.kind == kind, "\(expression): \(String(describing: error))", sourceLocation: sourceLocation)
}
