import ArgumentParser
import AWSCLI
import Engine
import Foundation
import JSONValue
import Lab

/// `lab run`: runs a script of commands in a fresh simulated cloud.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a script of commands in a fresh simulated cloud.",
        discussion: "With --json, print one JSON array with a record per command line: line, command, exit_code, stdout, stderr."
    )

    @Flag(help: "Print one JSON record per command instead of the terminal output.")
    var json = false

    @Option(help: "Seed for the simulated cloud's ids (same seed, same output).")
    var seed: UInt64 = 1

    @Option(help: "The folder local paths are resolved in (default: an in-memory folder).")
    var workspace: String?

    @Argument(help: "The script to run, or - for standard input.")
    var file: String

    func run() throws {
        let script: String
        if file == "-" {
            script = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        } else {
            guard let data = FileManager.default.contents(atPath: file) else {
                Output.error("lab run: cannot read \(file): No such file or directory\n")
                throw ExitCode(2)
            }
            script = String(decoding: data, as: UTF8.self)
        }
        let cloud = Cloud(seed: seed)
        let fileSystem: any LocalFileSystem
        if let workspace {
            fileSystem = try Workspaces.disk(workspace, clock: { cloud.clock.now })
        } else {
            fileSystem = Workspaces.memory(clock: { cloud.clock.now })
        }
        let session = LabSession(cloud: cloud, fileSystem: fileSystem,
                                 environment: [:])
        let runner = ScriptRunner(session: session)
        if json {
            let records = runner.run(script)
            Output.out(JSONWriter.write(.array(records.map(\.json)), indent: 1) + "\n")
        } else {
            var last: Int32 = 0
            runner.run(script) { record in
                Output.out(record.stdout)
                Output.error(record.stderr)
                last = record.exitCode
            }
            throw ExitCode(last)
        }
    }
}
