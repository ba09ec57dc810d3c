import AWSCLI
import Foundation
import Testing

/// Golden transcripts of `aws s3` sessions, in `Snapshots/s3` beside this file. A file
/// holds steps (`$ aws s3 ...` and a few workspace helpers) each followed by what it
/// printed: stdout as is, stderr lines after `! `, and `[exit N]` when not 0. The test runs
/// the steps on a fresh account and compares the whole transcript; with
/// `S3_SNAPSHOTS_UPDATE=1` it rewrites the file instead.
///
/// Helpers: `write PATH TEXT` (a file holding TEXT and a newline, folders made),
/// `mkdir PATH`, `rm PATH`, `cd PATH`, `sleep SECONDS` (virtual time), `cat PATH`,
/// `tree` (every local file and folder), `stdin TEXT` (standard input of the next step),
/// `unreadable PATH` (as after `chmod 000`), `versioning BUCKET` (turns versioning on), `storage-class BUCKET KEY CLASS` (puts an object
/// in that class).
enum S3CommandTranscript {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots/s3")

    static var names: [String] {
        let items = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return items.filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }.sorted()
    }

    /// The stored transcript and the one the lab produces now.
    static func replay(_ name: String) throws -> (expected: String, actual: String) {
        let url = folder.appendingPathComponent(name + ".txt")
        let expected = try String(contentsOf: url, encoding: .utf8)
        var lines = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        let header = lines.prefix { !$0.hasPrefix("$ ") }
        let steps = lines.filter { $0.hasPrefix("$ ") }.map { String($0.dropFirst(2)) }
        let harness = S3CommandHarness()
        var out = header.map { $0 + "\n" }.joined()
        for step in steps {
            out += "$ \(step)\n"
            out += render(run(step, harness))
        }
        if ProcessInfo.processInfo.environment["S3_SNAPSHOTS_UPDATE"] == "1" {
            try out.write(to: url, atomically: true, encoding: .utf8)
        }
        return (expected, out)
    }

    static func render(_ result: CLIResult) -> String {
        var text = result.stdoutText
        if !text.isEmpty && !text.hasSuffix("\n") { text += "\n[no newline]\n" }
        var error = result.stderrText
        if error.hasSuffix("\n") { error.removeLast() }
        if !result.stderr.isEmpty {
            text += error.split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.isEmpty ? "!\n" : "! \($0)\n" }.joined()
        }
        if result.exitCode != 0 { text += "[exit \(result.exitCode)]\n" }
        return text
    }

    private static func run(_ step: String, _ h: S3CommandHarness) -> CLIResult {
        let words = S3CommandHarness.words(step)
        guard let verb = words.first else { return CLIResult() }
        let args = Array(words.dropFirst())
        func arg(_ i: Int) -> String { i < args.count ? args[i] : "" }
        switch verb {
        case "aws":
            let result = h.aws(String(step.dropFirst(4)))
            h.context.stdin = Data()
            return result
        case "write":
            h.files.put(arg(0), args.dropFirst().joined(separator: " ") + "\n")
        case "mkdir":
            try? h.files.makeDirectory(arg(0), parents: true)
        case "rm":
            try? h.files.remove(arg(0), recursive: true)
        case "cd":
            try? h.files.changeDirectory(arg(0))
        case "sleep":
            h.cloud.advance(by: Double(arg(0)) ?? 0)
        case "cat":
            return CLIResult(stdout: Data((h.files.text(arg(0)) ?? "cat: \(arg(0)): No such file\n").utf8))
        case "tree":
            return CLIResult(stdout: Data(h.files.tree.map { $0 + "\n" }.joined().utf8))
        case "unreadable":
            if let path = try? h.files.normalize(arg(0)) { h.files.unreadable.insert(path) }
        case "stdin":
            h.context.stdin = Data(args.joined(separator: " ").utf8)
        case "versioning":
            _ = try? h.s3("PutBucketVersioning", ["Bucket": .string(arg(0)),
                                                  "VersioningConfiguration": ["Status": "Enabled"]])
        case "storage-class":
            _ = try? h.s3("PutObject", ["Bucket": .string(arg(0)), "Key": .string(arg(1)),
                                        "Body": .blob(Data("archived\n".utf8)), "StorageClass": .string(arg(2))])
        default:
            return CLIResult(stderr: Data("unknown step \(verb)\n".utf8), exitCode: 127)
        }
        return CLIResult()
    }
}
