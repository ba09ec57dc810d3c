import Foundation
import Testing
@testable import Engine

@Suite("SQS benchmark")
struct SQSBenchmarkTests {
    /// `LAB_SQS_BENCH_MESSAGES=1000000` runs the full benchmark (meant for `swift test -c release`).
    static var messages: Int {
        ProcessInfo.processInfo.environment["LAB_SQS_BENCH_MESSAGES"].flatMap(Int.init) ?? 20_000
    }

    @Test("Every message is sent, received and deleted once, on a standard and a FIFO queue",
          arguments: SQSBenchmark.Path.allCases)
    func throughput(_ path: SQSBenchmark.Path) throws {
        let messages = Self.messages
        let groups = messages >= 1_000_000 ? 1_000 : 100
        let result = try SQSBenchmark.run(messages: messages, fifoGroups: groups, path: path, clock: ContinuousClock())
        #expect(result.messages == messages)
        #expect(result.standardSeconds > 0 && result.fifoSeconds > 0)
        print(String(format: "SQS benchmark (%@ path): %d messages: standard %.3f s, FIFO (%d groups) %.3f s",
                     path.rawValue, messages, result.standardSeconds, groups, result.fifoSeconds))
    }
}
