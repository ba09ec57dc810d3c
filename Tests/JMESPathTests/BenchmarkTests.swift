import Foundation
import JMESPath
import JSONValue
import Testing

/// Runs `JMESPathBenchmark` briefly on benchmarks.json and prints the figures. Times are not
/// asserted (they depend on the machine); the shape of the results is.
@Suite(.enabled(if: ComplianceFolder.shouldRun, ComplianceFolder.skipMessage))
struct BenchmarkTests {
    @Test("Every benchmark case is measured in all three phases")
    func measuresEveryCase() throws {
        try #require(ComplianceFolder.exists, "../shared/jmespath-compliance is missing (CI=true)")
        let cases = JMESPathBenchmark.cases(fromSuite: try ComplianceFolder.load("benchmarks.json"))
        #expect(cases.count == 16)
        #expect(Set(cases.map(\.kind)) == ["parse", "full"])
        let benchmark = JMESPathBenchmark(samples: 3, minimumSampleDuration: .microseconds(200))
        let results = try benchmark.run(cases, clock: ContinuousClock())
        #expect(results.map(\.name) == cases.map(\.name))
        for result in results {
            #expect(result.parseNanoseconds > 0)
            #expect(result.interpretNanoseconds > 0)
            #expect(result.fullNanoseconds > 0)
            let line = String(
                format: "%@ parse %9.0f ns  interpret %9.0f ns  full %9.0f ns",
                result.name.padding(toLength: 30, withPad: " ", startingAt: 0),
                result.parseNanoseconds, result.interpretNanoseconds, result.fullNanoseconds)
            print(line)
        }
        let first = try #require(results.first)
        #expect(first.asValue["bench"] == .string(first.kind))
        #expect(first.asValue["parse_ns"]?.doubleValue == first.parseNanoseconds)
    }
}
