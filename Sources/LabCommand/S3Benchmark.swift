import Engine
import Foundation
import JSONValue
import Lab

/// `lab bench s3`: a 100 MiB file up and down with `aws s3 cp` (multipart, as the CLI does)
/// in a workspace on disk, as the learner's is, and in memory; `aws s3 ls --recursive` of a
/// bucket with 100,000 keys.
enum S3Benchmark {
    static let fileSize = 100 * 1024 * 1024
    static let listedKeys = 100_000
    static let runs = 5

    struct BenchmarkError: Error, CustomStringConvertible { var description: String }

    static func run() throws -> String {
        let folder = NSTemporaryDirectory() + "lab-bench-s3-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var lines = ["s3: 100 MiB file with aws s3 cp (8 MiB parts), median of \(runs) runs; goal >= 500 MB/s each way"]
        for (name, disk) in [("disk workspace", true), ("memory workspace", false)] {
            let cloud = Cloud()
            let workspace = disk ? try Workspaces.disk(folder, clock: { cloud.clock.now })
                : Workspaces.memory(clock: { cloud.clock.now })
            let session = LabSession(cloud: cloud, fileSystem: workspace)
            try workspace.write("big.bin", payload())
            try expectSuccess(session.run("aws s3 mb s3://lab-bench-transfer"))
            let up = try median(of: runs) { session.run("aws s3 cp big.bin s3://lab-bench-transfer/big.bin") }
            let down = try median(of: runs) { session.run("aws s3 cp s3://lab-bench-transfer/big.bin copy.bin") }
            guard try workspace.read("copy.bin") == workspace.read("big.bin") else {
                throw BenchmarkError(description: "s3 benchmark: the downloaded file differs from the uploaded one")
            }
            lines.append(String(format: "  %@: upload %.3f s (%.0f MB/s), download %.3f s (%.0f MB/s)", name,
                                up, megabytesPerSecond(up), down, megabytesPerSecond(down)))
        }
        lines.append(try listing())
        return lines.joined(separator: "\n")
    }

    /// 100 MiB of varied bytes (compressible data would flatter nothing here, but be honest).
    static func payload() -> Data {
        var generator = IDGenerator(seed: 42)
        var data = Data(count: fileSize)
        data.withUnsafeMutableBytes { raw in
            let words = raw.bindMemory(to: UInt64.self)
            for i in words.indices { words[i] = generator.next() }
        }
        return data
    }

    static func megabytesPerSecond(_ seconds: Double) -> Double { Double(fileSize) / 1e6 / max(seconds, 1e-9) }

    /// `aws s3 ls s3://bucket --recursive` over 100,000 keys put straight into the engine.
    static func listing() throws -> String {
        let cloud = Cloud()
        let session = LabSession(cloud: cloud, fileSystem: Workspaces.memory(clock: { cloud.clock.now }))
        try expectSuccess(session.run("aws s3 mb s3://lab-bench-listing"))
        for i in 0..<listedKeys {
            let key = String(format: "logs/%03d/object-%06d.txt", i % 1000, i)
            _ = try cloud.call("s3", "PutObject", ["Bucket": "lab-bench-listing", "Key": .string(key),
                                                   "Body": .blob(Data("x".utf8))], region: "us-east-1")
        }
        var lineCount = 0
        let seconds = try median(of: 3) {
            let result = session.run("aws s3 ls s3://lab-bench-listing --recursive")
            lineCount = result.stdout.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            return result
        }
        guard lineCount == listedKeys else {
            throw BenchmarkError(description: "s3 benchmark: ls printed \(lineCount) lines, not \(listedKeys)")
        }
        return String(format: "  ls --recursive of %d keys: %.3f s median of 3 (goal < 1 s)", listedKeys, seconds)
    }

    static func median(of count: Int, _ body: () -> ShellResult) throws -> Double {
        var times: [Double] = []
        for _ in 0..<count {
            let start = DispatchTime.now().uptimeNanoseconds
            let result = body()
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            try expectSuccess(result)
        }
        return Benchmarks.median(times)
    }

    static func expectSuccess(_ result: ShellResult) throws {
        guard result.exitCode == 0 else {
            throw BenchmarkError(description: "s3 benchmark: a command failed: "
                + String(decoding: result.stderr, as: UTF8.self))
        }
    }
}
