import AWSCLI
import Foundation
@testable import Lab

/// A virtual clock the shell tests move by hand.
final class ShellTestClock {
    var now: Double = 1_767_225_600  // 2026-01-01T00:00:00Z
}

/// A lab shell over an in-memory workspace, with a fake `aws` command that records its
/// arguments, so tests can show pipes and substitutions with an external command.
final class ShellFixture {
    let clock: ShellTestClock
    let workspace: MemoryWorkspace
    let shell: Shell
    private(set) var awsCalls: [[String]] = []

    struct Output: Equatable {
        var stdout: String
        var stderr: String
        var exitCode: Int32
    }

    init(environment: [String: String] = [:]) {
        let clock = ShellTestClock()
        self.clock = clock
        workspace = MemoryWorkspace(now: { clock.now })
        shell = Shell(fileSystem: workspace, environment: environment,
                      sleep: { clock.now += $0 }, now: { clock.now })
        shell.register("aws") { [unowned self] args, io, _ in
            self.awsCalls.append(args)
            return Self.fakeAWS(args, &io)
        }
    }

    /// Runs one command line.
    @discardableResult
    func run(_ line: String) -> Output {
        let result = shell.run(line)
        return Output(stdout: result.stdoutText, stderr: result.stderrText, exitCode: result.exitCode)
    }

    /// The text of a workspace file, nil when it cannot be read.
    func file(_ path: String) -> String? {
        (try? workspace.read(path)).map { String(decoding: $0, as: UTF8.self) }
    }

    func write(_ path: String, _ text: String) throws {
        try workspace.write(path, Data(text.utf8))
    }

    /// `aws` as the tests need it: a queue URL, a base64 secret, an error, or the stdin size.
    private static func fakeAWS(_ args: [String], _ io: inout ShellIO) -> Int32 {
        switch args.first {
        case "sqs":
            let name = args.firstIndex(of: "--queue-name").flatMap { args.indices.contains($0 + 1) ? args[$0 + 1] : nil }
            io.write("https://sqs.us-east-1.amazonaws.com/123456789012/\(name ?? "q")\n")
            return 0
        case "kms":
            io.write(Data("the secret\n".utf8).base64EncodedString() + "\n")
            return 0
        case "stdin-size":
            io.write("\(io.stdin.count)\n")
            return 0
        case "args":
            io.write(args.dropFirst().map { "<\($0)>" }.joined() + "\n")
            return 0
        default:
            io.error("An error occurred (InvalidAction) when calling the \(args.first ?? "") operation: nope")
            return 254
        }
    }
}
