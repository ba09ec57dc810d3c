import Foundation
import Testing
@testable import Engine

/// Checks against what the real AWS CLI printed in the conformance oracle
/// (`../shared/conformance/expected/sqs_*.json`): digests, deduplication ids and error texts,
/// which do not depend on the server behind the CLI.
@Suite("SQS against the conformance oracle")
struct SQSConformanceTests {
    struct Record {
        var command: String
        var stdout: String
        var stderr: String
    }

    static func records(_ scenario: String) throws -> [Record]? {
        let url = SQSTestPaths.shared.appendingPathComponent("conformance/expected/\(scenario).json")
        guard let data = try? Data(contentsOf: url) else { return nil }
        let document = try JSONParser.parse(data)
        return (document.arrayValue ?? []).map {
            Record(command: $0["command"]?.stringValue ?? "", stdout: $0["stdout"]?.stringValue ?? "",
                   stderr: $0["stderr"]?.stringValue ?? "")
        }
    }

    static func available() -> Bool {
        let present = FileManager.default.fileExists(atPath: SQSTestPaths.shared.appendingPathComponent("conformance").path)
        if !present, SQSTestPaths.isCI { Issue.record("../shared/conformance is missing (CI=true)") }
        return present
    }

    /// The body of a `send-message` command line, when it is a literal.
    static func body(of command: String) -> String? {
        guard command.contains("send-message "), let range = command.range(of: "--message-body ") else { return nil }
        var rest = command[range.upperBound...]
        if rest.first == "\"" {
            rest = rest.dropFirst()
            return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
        }
        return String(rest.prefix { $0 != " " })
    }

    @Test("Message body digests match what the CLI printed", arguments: ["sqs_standard", "sqs_visibility", "sqs_fifo"])
    func bodyDigests(_ scenario: String) throws {
        guard Self.available() else { return }
        let records = try #require(try Self.records(scenario))
        var checked = 0
        for record in records {
            guard let body = Self.body(of: record.command), let output = try? JSONParser.parse(record.stdout) else { continue }
            let expected = output["MD5OfMessageBody"]?.stringValue ?? output.stringValue ?? output[1]?.stringValue
            guard let expected, expected.count == 32 else { continue }
            #expect(MessageMD5.body(body) == expected, "\(record.command)")
            checked += 1
        }
        #expect(checked >= 2)
    }

    @Test("The attribute digest and the content-based deduplication ids match the oracle")
    func attributeDigestAndDedupIds() throws {
        guard Self.available() else { return }
        let standard = try #require(try Self.records("sqs_standard"))
        let sent = try #require(standard.first { $0.command.contains("--message-attributes") })
        let h = SQSHarness()
        let url = try h.createQueue("conf-std")
        let ours = try h.send(url, "hello sqs", ["MessageAttributes": ["color": ["DataType": "String", "StringValue": "blue"]]])
        #expect(try JSONParser.parse(sent.stdout)["MD5OfMessageAttributes"] == ours["MD5OfMessageAttributes"])

        let fifo = try #require(try Self.records("sqs_fifo"))
        let listing = try #require(fifo.first { $0.command.contains("receive-message") })
        let rows = listing.stdout.split(separator: "\n").map { $0.split(separator: "\t").map(String.init) }
        for row in rows where row.count == 3 && row[2].count == 64 {
            #expect(MessageMD5.sha256(row[0]) == row[2])
        }
        #expect(rows.contains { $0.count == 3 && $0[2].count == 64 })
    }

    @Test("A per-message delay on a FIFO queue fails with the words the CLI printed")
    func fifoDelayError() throws {
        guard Self.available() else { return }
        let fifo = try #require(try Self.records("sqs_fifo"))
        let failed = try #require(fifo.first { $0.command.contains("--delay-seconds") })
        let h = SQSHarness()
        let url = try h.createQueue("conf-orders.fifo", ["FifoQueue": "true", "ContentBasedDeduplication": "true"])
        do {
            try h.send(url, "order-4", ["MessageGroupId": "g1", "DelaySeconds": 5])
            Issue.record("the send should fail")
        } catch let error as AWSError {
            let line = "An error occurred (\(error.code)) when calling the SendMessage operation: \(error.message)"
            #expect(failed.stderr.trimmingCharacters(in: .whitespacesAndNewlines) == line)
        }
    }
}
