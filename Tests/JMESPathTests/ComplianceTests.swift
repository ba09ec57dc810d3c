import Foundation
import JMESPath
import JSONValue
import Testing

/// Runs every case of the official compliance suite (all files but benchmarks.json).
@Suite(.enabled(if: ComplianceFolder.shouldRun, ComplianceFolder.skipMessage))
struct ComplianceTests {
    /// The outcome of one file: how many cases ran and what failed.
    struct FileOutcome {
        var cases = 0
        var failures: [String] = []
    }

    static func run(file name: String) throws -> FileOutcome {
        var outcome = FileOutcome()
        guard case .array(let suites) = try ComplianceFolder.load(name) else {
            outcome.failures.append("\(name): not an array of suites")
            return outcome
        }
        for suite in suites {
            let given = suite["given"] ?? .null
            for testCase in suite["cases"]?.arrayValue ?? [] {
                outcome.cases += 1
                if let failure = check(testCase, given: given) {
                    outcome.failures.append("\(name): \(failure)")
                }
            }
        }
        return outcome
    }

    /// nil when the case passes, else what went wrong.
    static func check(_ testCase: Value, given: Value) -> String? {
        let expression = testCase["expression"]?.stringValue ?? ""
        let result: Value
        do {
            result = try JMESPath.compile(expression).search(given)
        } catch {
            guard let expected = testCase["error"]?.stringValue else {
                return "\(expression): unexpected error \(error.kind.rawValue): \(error.message)"
            }
            return error.kind.rawValue == expected
                ? nil : "\(expression): expected error \(expected), got \(error.kind.rawValue): \(error.message)"
        }
        if let expected = testCase["error"]?.stringValue {
            return "\(expression): expected error \(expected), got \(JSONWriter.write(result, indent: nil))"
        }
        let expected = testCase["result"] ?? .null
        guard sameValue(result, expected) else {
            return "\(expression): expected \(JSONWriter.write(expected, indent: nil)), "
                + "got \(JSONWriter.write(result, indent: nil))"
        }
        return nil
    }

    @Test("Every case of a compliance file passes", arguments: ComplianceFolder.caseFiles)
    func complianceFile(_ name: String) throws {
        let outcome = try Self.run(file: name)
        for failure in outcome.failures { Issue.record(Comment(rawValue: failure)) }
        #expect(outcome.cases > 0)
        #expect(outcome.failures.isEmpty)
    }

    @Test("The suite has 892 cases in 15 files, and all of them pass")
    func wholeSuite() throws {
        try #require(ComplianceFolder.exists, "../shared/jmespath-compliance is missing (CI=true)")
        let files = ComplianceFolder.caseFiles
        var total = 0
        var failed = 0
        for name in files {
            let outcome = try Self.run(file: name)
            total += outcome.cases
            failed += outcome.failures.count
        }
        #expect(files.count == 15)
        #expect(total == 892)
        #expect(failed == 0)
    }

    @Test("The case checker rejects wrong results, wrong types and missing errors")
    func checkerCatchesFailures() throws {
        let given = try json(#"{"a": 1}"#)
        #expect(Self.check(try json(#"{"expression": "a", "result": 1}"#), given: given) == nil)
        #expect(Self.check(try json(#"{"expression": "a", "result": 2}"#), given: given) != nil)
        #expect(Self.check(try json(#"{"expression": "a", "result": 1.0}"#), given: given) != nil)
        #expect(Self.check(try json(#"{"expression": "a", "error": "syntax"}"#), given: given) != nil)
        #expect(Self.check(try json(#"{"expression": "a[", "error": "syntax"}"#), given: given) == nil)
        #expect(Self.check(try json(#"{"expression": "a[", "error": "invalid-type"}"#), given: given) != nil)
    }
}
