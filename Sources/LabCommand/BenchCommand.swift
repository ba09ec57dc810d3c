import ArgumentParser
import Engine
import Foundation
import JMESPath
import JSONValue
import Lab

/// `lab bench`: the lab's speed figures, measured on this machine.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure startup, command latency, script throughput and memory.",
        discussion: """
            Benchmarks: startup (lab --version), script (a 1,000-command script through lab run), memory (the idle \
            REPL's resident size), jmespath (the compliance suite's 16 benchmark cases beside jmespath.py), sqs \
            (1,000,000 messages sent, received and deleted in batches of 10, standard and FIFO), s3 (a 100 MiB \
            file up and down with aws s3 cp; aws s3 ls of 100,000 keys), grade (500 submissions of a 30-command \
            lesson).
            """
    )

    @Argument(help: "Which benchmarks to run (startup, script, memory, jmespath, sqs, s3, grade); all when none is named.")
    var names: [String] = []

    @Option(help: "The folder of ../shared (for the JMESPath benchmark cases).")
    var shared: String = "../shared"

    func run() throws {
        let all = Benchmarks.names
        let chosen = names.isEmpty ? all : names
        for name in chosen where !all.contains(name) {
            throw ValidationError("unknown benchmark '\(name)'; choose from: \(all.joined(separator: ", "))")
        }
        let executable = CommandLine.arguments[0]
        for name in chosen {
            let line = try Benchmarks.run(name, executable: executable, shared: shared)
            print(line)
        }
    }
}

/// The benchmarks `lab bench` knows.
enum Benchmarks {
    static let names = ["startup", "script", "memory", "jmespath", "sqs", "s3", "grade"]

    static func run(_ name: String, executable: String, shared: String) throws -> String {
        switch name {
        case "startup": return try startup(executable)
        case "script": return script()
        case "jmespath": return try jmespath(shared: shared)
        case "sqs": return try sqs()
        case "s3": return try S3Benchmark.run()
        case "grade": return GradingBenchmark.run()
        default: return try memory(executable)
        }
    }

    /// The compliance suite's benchmark cases: parse, interpret and both, here and in
    /// jmespath.py (measured by Scripts/bench_jmespath.py in the same run).
    static func jmespath(shared: String) throws -> String {
        let path = (shared as NSString).appendingPathComponent("jmespath-compliance/benchmarks.json")
        guard let data = FileManager.default.contents(atPath: path) else {
            return "jmespath: \(path) not found (pass --shared DIR)"
        }
        let cases = JMESPathBenchmark.cases(fromSuite: try JSONParser.parse(data))
        let ours = try JMESPathBenchmark().run(cases, clock: ContinuousClock())
        var python: [String: Double] = [:]
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Scripts/bench_jmespath.py").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script, path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        if (try? process.run()) != nil {
            let out = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            for r in (try? JSONParser.parse(out))?.array("results") ?? [] {
                if let name = r.string("name"), let full = r["full_ns"]?.doubleValue { python[name] = full }
            }
        }
        var lines = ["jmespath: 16 benchmark cases (median ns: parse / interpret / full; ratio = jmespath.py full / lab full)"]
        for r in ours {
            let ratio = python[r.name].map { String(format: "%.1fx", $0 / max(r.fullNanoseconds, 1)) } ?? "n/a"
            let name = r.name.padding(toLength: 32, withPad: " ", startingAt: 0)
            lines.append("  \(name)" + String(format: " %9.0f %9.0f %9.0f  ", r.parseNanoseconds,
                                                  r.interpretNanoseconds, r.fullNanoseconds) + ratio)
        }
        return lines.joined(separator: "\n")
    }

    /// 1,000,000 messages through the SQS engine, standard and FIFO (1,000 groups).
    static func sqs() throws -> String {
        let r = try SQSBenchmark.run(clock: ContinuousClock())
        return String(format: "sqs: %d messages sent, received, deleted (batches of 10): standard %.2f s (%.0f msg/s), FIFO with %d groups %.2f s (%.0f msg/s); goal < 2 s each",
                      r.messages, r.standardSeconds, Double(r.messages) / r.standardSeconds, r.fifoGroups, r.fifoSeconds,
                      Double(r.messages) / r.fifoSeconds)
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
    }

    /// `lab --version`, 30 runs: the median wall time of a whole process, spawned with
    /// posix_spawn and reaped with waitpid (Foundation's Process polls, adding ~50 ms).
    static func startup(_ executable: String) throws -> String {
        var times: [Double] = []
        for _ in 0..<30 {
            let start = DispatchTime.now().uptimeNanoseconds
            try spawnAndWait(executable, ["--version"])
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
        return String(format: "startup: lab --version median %.1f ms (min %.1f, max %.1f, 30 runs; goal < 20 ms)",
                      median(times), times.min() ?? 0, times.max() ?? 0)
    }

    struct SpawnError: Error, CustomStringConvertible { var description: String }

    static func spawnAndWait(_ executable: String, _ arguments: [String]) throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        guard rc == 0 else { throw SpawnError(description: "cannot start \(executable): \(String(cString: strerror(rc)))") }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
    }

    /// A 1,000-command script (aws calls and shell built-ins) through the script runner.
    static func script() -> String {
        var lines: [String] = []
        for i in 0..<250 {
            lines.append("aws sts get-caller-identity --query Account --output json")
            lines.append("echo line \(i) >> notes.txt")
            lines.append("aws configure get region")
            lines.append("X=$(aws sts get-caller-identity --query Arn)")
        }
        let text = lines.joined(separator: "\n") + "\n"
        var times: [Double] = []
        for _ in 0..<3 {
            let cloud = Cloud()
            let session = LabSession(cloud: cloud, fileSystem: Workspaces.memory(clock: { cloud.clock.now }))
            let start = DispatchTime.now().uptimeNanoseconds
            let records = ScriptRunner(session: session).run(text)
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            precondition(records.count == 1000 && records.allSatisfy { $0.exitCode == 0 }, "benchmark script failed")
        }
        let best = median(times)
        return String(format: "script: 1,000 commands through lab run in %.3f s median (%.0f µs a command; goal < 1 s)",
                      best, best / 1000 * 1e6)
    }

    /// The interactive lab waiting at its prompt: resident memory after start-up.
    static func memory(_ executable: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        let input = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        let workspace = NSTemporaryDirectory() + "lab-bench-\(getpid())"
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_STATE_HOME"] = workspace + "-state"
        process.environment = environment
        process.arguments = ["--workspace", workspace]
        try process.run()
        input.fileHandleForWriting.write(Data("aws sts get-caller-identity\n".utf8))
        Thread.sleep(forTimeInterval: 1.0)
        let status = (try? String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8)) ?? ""
        let rss = status.split(separator: "\n").first { $0.hasPrefix("VmRSS:") }
            .map { $0.split(separator: " ").dropFirst().first.map(String.init) ?? "0" } ?? "0"
        input.fileHandleForWriting.closeFile()
        process.waitUntilExit()
        try? FileManager.default.removeItem(atPath: workspace)
        try? FileManager.default.removeItem(atPath: workspace + "-state")
        let megabytes = (Double(rss) ?? 0) / 1024
        return String(format: "memory: idle REPL resident size %.1f MB (goal < 30 MB)", megabytes)
    }
}
