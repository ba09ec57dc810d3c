import AWSCLI
import Engine
import Foundation
@testable import Lab

/// A fresh lab session over an in-memory workspace, for tests.
final class LabHarness {
    let cloud: Cloud
    let workspace: any LabWorkspace
    let session: LabSession

    init(seed: UInt64 = 1) {
        let cloud = Cloud(seed: seed)
        self.cloud = cloud
        workspace = Workspaces.memory(clock: { cloud.clock.now })
        session = LabSession(cloud: cloud, fileSystem: workspace)
    }

    struct Output {
        var stdout: String
        var stderr: String
        var exitCode: Int32
    }

    /// Runs one command line.
    @discardableResult
    func run(_ line: String) -> Output {
        let r = session.run(line)
        return Output(stdout: String(decoding: r.stdout, as: UTF8.self),
                      stderr: String(decoding: r.stderr, as: UTF8.self), exitCode: r.exitCode)
    }

    /// Runs a command and parses its JSON output.
    func json(_ line: String) throws -> Value {
        let out = run(line)
        guard out.exitCode == 0 else { throw HarnessError(description: "\(line) exited \(out.exitCode): \(out.stderr)") }
        return try JSONParser.parse(out.stdout)
    }

    func write(_ path: String, _ text: String) throws {
        try workspace.write(path, Data(text.utf8))
    }

    struct HarnessError: Error, CustomStringConvertible { var description: String }
}

/// The package root, for reading test data and `../shared`.
enum TestPaths {
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let shared: URL = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
    static let goldenScripts: URL = packageRoot.appendingPathComponent("Tests/LabTests/Golden")
}
