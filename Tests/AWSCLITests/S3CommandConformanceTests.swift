import AWSCLI
import Foundation
import JSONValue
import Testing

/// The conformance scenarios about S3 (`../shared/conformance`): each `aws s3` line is run
/// on a fresh account and compared with what the real AWS CLI printed against moto, after
/// the harness's own normalization (progress segments dropped, times masked, errors
/// compared by code and operation). The oracle is AWS CLI v1, which exits 255 where v2
/// exits 254 (service errors) or 252 (parameter errors); both are accepted there.
@Suite struct S3CommandConformanceTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/conformance").standardized

    static var available: Bool { FileManager.default.fileExists(atPath: folder.appendingPathComponent("scenarios").path) }
    static var required: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    static let scenarios = ["s3_basics", "s3_copy_move", "s3_errors"]

    @Test(.enabled(if: available || required, "../shared/conformance is absent: skipped"), arguments: scenarios)
    func scenario(_ name: String) throws {
        try #require(Self.available, "../shared/conformance is missing")
        let script = try String(contentsOf: Self.folder.appendingPathComponent("scenarios/\(name).sh"), encoding: .utf8)
        let records = try #require(try JSONParser.parse(
            Data(contentsOf: Self.folder.appendingPathComponent("expected/\(name).json"))).arrayValue)
        var expectedByLine: [Int: Value] = [:]
        for record in records { if let line = record.int("line") { expectedByLine[line] = record } }
        let h = S3CommandHarness()
        var compared = 0
        for (number, line) in script.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let command = line.trimmingCharacters(in: .whitespaces)
            guard !command.isEmpty, !command.hasPrefix("#") else { continue }
            let result = run(command, h)
            guard let expected = expectedByLine[number + 1], let result,
                  command.hasPrefix("aws s3 ") || command == "ls" || command.hasPrefix("cat ") else { continue }
            compared += 1
            let expectedOut = Self.normalizedOutput(expected.string("stdout") ?? "")
            #expect(Self.normalizedOutput(result.stdoutText) == expectedOut, "\(name) line \(number + 1): \(command)")
            #expect(Self.errors(result.stderrText) == Self.errors(expected.string("stderr") ?? ""),
                    "\(name) line \(number + 1): \(command)")
            let code = expected.int("exit_code") ?? 0
            let accepted: Set<Int32> = code == 255 ? [252, 254, 255] : [Int32(code)]
            #expect(accepted.contains(result.exitCode), "\(name) line \(number + 1): \(command) exited \(result.exitCode)")
        }
        #expect(compared >= 5)
    }

    /// Runs one line of a scenario: `aws ...`, or the few shell commands the S3 scenarios use.
    private func run(_ command: String, _ h: S3CommandHarness) -> CLIResult? {
        if command.hasPrefix("aws ") { return h.aws(String(command.dropFirst(4))) }
        if command.hasPrefix("echo "), let redirect = command.range(of: " > ") {
            let text = S3CommandHarness.words(String(command[command.index(command.startIndex, offsetBy: 5)..<redirect.lowerBound]))
            h.files.put(String(command[redirect.upperBound...]), text.joined(separator: " ") + "\n")
            return CLIResult()
        }
        if command == "ls" {
            let names = (try? h.files.list(".")) ?? []
            return CLIResult(stdout: Data(names.map { $0 + "\n" }.joined().utf8))
        }
        if command.hasPrefix("cat ") {
            return CLIResult(stdout: Data((h.files.text(String(command.dropFirst(4))) ?? "").utf8))
        }
        return nil
    }

    /// Progress segments dropped, trailing blanks removed, listing times masked.
    static func normalizedOutput(_ text: String) -> [String] {
        var lines: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var kept = String(line.split(separator: "\r", omittingEmptySubsequences: false).last ?? "")
            while kept.hasSuffix(" ") { kept.removeLast() }
            if kept.count >= 19, kept.prefix(19).allSatisfy({ $0.isNumber || $0 == "-" || $0 == ":" || $0 == " " }),
               kept.prefix(4).allSatisfy(\.isNumber) {
                kept = "<time>" + kept.dropFirst(19)
            }
            lines.append(kept)
        }
        while lines.last == "" { lines.removeLast() }
        return lines
    }

    /// `CODE @ Operation` for every service error, else the first line of the text.
    static func errors(_ text: String) -> [String] {
        var found: [String] = []
        var rest = Substring(text)
        while let start = rest.range(of: "An error occurred (") {
            let after = rest[start.upperBound...]
            guard let close = after.firstIndex(of: ")"),
                  let call = after.range(of: "when calling the "),
                  let op = after[call.upperBound...].firstIndex(of: " ") else { break }
            found.append("\(after[..<close]) @ \(after[call.upperBound..<op])")
            rest = after[op...]
        }
        if !found.isEmpty { return found }
        let first = text.split(separator: "\n").first.map(String.init) ?? ""
        return first.isEmpty ? [] : [first]
    }
}
