import Foundation
import Testing
@testable import Lab

/// End-to-end scripts with golden outputs: each `Golden/NAME.sh` runs in a fresh cloud and
/// its transcript must equal `Golden/NAME.out`. Set LAB_RECORD_GOLDEN=1 to (re)write them.
@Suite struct GoldenScriptTests {
    static var scripts: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: TestPaths.goldenScripts.path)) ?? []
        return files.filter { $0.hasSuffix(".sh") }.map { String($0.dropLast(3)) }.sorted()
    }

    static func transcript(_ script: String) -> String {
        let lab = LabHarness()
        var out = ""
        ScriptRunner(session: lab.session).run(script) { record in
            out += "$ \(record.command)\n\(record.stdout)\(record.stderr)"
            if record.exitCode != 0 { out += "[exit \(record.exitCode)]\n" }
        }
        return out
    }

    @Test func thereAreGoldenScripts() {
        #expect(Self.scripts.count >= 3)
    }

    @Test(arguments: scripts)
    func golden(_ name: String) throws {
        let dir = TestPaths.goldenScripts
        let script = try String(contentsOf: dir.appendingPathComponent("\(name).sh"), encoding: .utf8)
        let actual = Self.transcript(script)
        let expectedURL = dir.appendingPathComponent("\(name).out")
        if ProcessInfo.processInfo.environment["LAB_RECORD_GOLDEN"] == "1" {
            try actual.write(to: expectedURL, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: expectedURL, encoding: .utf8)
        #expect(actual == expected)
        // Deterministic: the same script gives the same transcript again.
        #expect(Self.transcript(script) == actual)
    }
}
