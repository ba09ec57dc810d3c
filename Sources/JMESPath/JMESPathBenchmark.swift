import JSONValue

/// Measures compile and search speed on the benchmark cases of the JMESPath compliance suite
/// (`benchmarks.json`), the same way `Scripts/bench_jmespath.py` measures jmespath.py.
///
/// For each case and phase (parse = compile without the cache, interpret = search with a
/// compiled expression, full = both), a batch size is chosen so that one batch lasts at least
/// `minimumSampleDuration`; then `samples` batches run and the median time per operation is
/// reported. The clock is injected (the caller passes e.g. `ContinuousClock()`).
public struct JMESPathBenchmark: Sendable {
    /// One case of `benchmarks.json`.
    public struct Case: Sendable {
        /// The case's `comment`, e.g. "deep field selection".
        public var name: String
        public var expression: String
        public var given: Value
        /// The suite's `bench` field: `parse`, `interpret` or `full`.
        public var kind: String

        public init(name: String, expression: String, given: Value, kind: String) {
            self.name = name
            self.expression = expression
            self.given = given
            self.kind = kind
        }
    }

    /// Median nanoseconds per operation for one case.
    public struct Result: Sendable {
        public var name: String
        public var expression: String
        public var kind: String
        public var parseNanoseconds: Double
        public var interpretNanoseconds: Double
        public var fullNanoseconds: Double

        /// The result with the keys `Scripts/bench_jmespath.py` prints:
        /// `name`, `expression`, `bench`, `parse_ns`, `interpret_ns`, `full_ns`.
        public var asValue: Value {
            [
                "name": .string(name), "expression": .string(expression), "bench": .string(kind),
                "parse_ns": .double(parseNanoseconds), "interpret_ns": .double(interpretNanoseconds),
                "full_ns": .double(fullNanoseconds),
            ]
        }
    }

    public var samples: Int
    public var minimumSampleDuration: Duration

    public init(samples: Int = 21, minimumSampleDuration: Duration = .milliseconds(5)) {
        self.samples = Swift.max(1, samples)
        self.minimumSampleDuration = minimumSampleDuration
    }

    /// The cases of a parsed `benchmarks.json` (an array of `{given, cases}` suites).
    public static func cases(fromSuite suite: Value) -> [Case] {
        var cases: [Case] = []
        for group in suite.arrayValue ?? [] {
            let given = group["given"] ?? .null
            for item in group["cases"]?.arrayValue ?? [] {
                guard let expression = item["expression"]?.stringValue else { continue }
                cases.append(
                    Case(
                        name: item["comment"]?.stringValue ?? expression, expression: expression, given: given,
                        kind: item["bench"]?.stringValue ?? "full"))
            }
        }
        return cases
    }

    /// Measures every case in order.
    public func run<C: Clock>(_ cases: [Case], clock: C) throws(JMESPathError) -> [Result]
    where C.Duration == Duration {
        var results: [Result] = []
        for item in cases { results.append(try measure(item, clock: clock)) }
        return results
    }

    /// Measures one case: parse, interpret and full.
    public func measure<C: Clock>(_ item: Case, clock: C) throws(JMESPathError) -> Result
    where C.Duration == Duration {
        let compiled = try JMESPath.compileUncached(item.expression)
        _ = try compiled.search(item.given)
        let expression = item.expression
        let given = item.given
        let parse = median(clock: clock) { count in
            var built = 0
            for _ in 0..<count where (try? JMESPath.compileUncached(expression)) != nil { built += 1 }
            return built
        }
        let interpret = median(clock: clock) { count in
            var found = 0
            for _ in 0..<count where (try? compiled.search(given))?.isNull == false { found += 1 }
            return found
        }
        let full = median(clock: clock) { count in
            var found = 0
            for _ in 0..<count where (try? JMESPath.compileUncached(expression).search(given))?.isNull == false {
                found += 1
            }
            return found
        }
        return Result(
            name: item.name, expression: item.expression, kind: item.kind, parseNanoseconds: parse,
            interpretNanoseconds: interpret, fullNanoseconds: full)
    }

    /// The median time per operation in nanoseconds. `batch(n)` runs the operation n times
    /// and returns a count derived from the results, so that the work cannot be optimised away.
    private func median<C: Clock>(clock: C, _ batch: (Int) -> Int) -> Double where C.Duration == Duration {
        let target = nanoseconds(minimumSampleDuration)
        var count = 1
        while true {
            let elapsed = time(clock: clock) { batch(count) }
            if elapsed >= target || count >= 1 << 24 { break }
            let scaled = elapsed > 0 ? Int(Double(count) * target / elapsed * 1.2) : count * 2
            count = Swift.min(1 << 24, Swift.max(count * 2, scaled))
        }
        var perOperation: [Double] = []
        for _ in 0..<samples {
            perOperation.append(time(clock: clock) { batch(count) } / Double(count))
        }
        perOperation.sort()
        return perOperation[perOperation.count / 2]
    }

    private func time<C: Clock>(clock: C, _ work: () -> Int) -> Double where C.Duration == Duration {
        let start = clock.now
        let sink = work()
        let elapsed = nanoseconds(start.duration(to: clock.now))
        Self.consume(sink)
        return elapsed
    }

    private func nanoseconds(_ duration: Duration) -> Double {
        let parts = duration.components
        return Double(parts.seconds) * 1e9 + Double(parts.attoseconds) / 1e9
    }

    @inline(never)
    private static func consume(_ value: Int) {
        withExtendedLifetime(value) {}
    }
}
