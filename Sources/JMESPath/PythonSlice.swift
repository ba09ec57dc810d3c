import JSONValue

/// Slicing with Python's semantics, as jmespath.py slices: negative positions count from the
/// end, out-of-range positions clamp, a negative step walks backwards, a zero step is an error.
enum PythonSlice {
    static func elements(
        of items: [Value], start: Int?, stop: Int?, step: Int?
    ) throws(JMESPathError) -> [Value] {
        let step = step ?? 1
        guard step != 0 else { throw .zeroSliceStep }
        let count = items.count
        func adjust(_ position: Int?, default fallback: Int, low: Int, high: Int) -> Int {
            guard let position else { return fallback }
            if position < 0 { return max(position + count, low) }
            return min(position, high)
        }
        var result: [Value] = []
        if step > 0 {
            let lower = adjust(start, default: 0, low: 0, high: count)
            let upper = adjust(stop, default: count, low: 0, high: count)
            guard lower < upper else { return [] }
            if step == 1 { return Array(items[lower..<upper]) }
            var index = lower
            while index < upper {
                result.append(items[index])
                let (next, overflow) = index.addingReportingOverflow(step)
                if overflow { break }
                index = next
            }
        } else {
            let upper = adjust(start, default: count - 1, low: -1, high: count - 1)
            let lower = adjust(stop, default: -1, low: -1, high: count - 1)
            var index = upper
            while index > lower {
                result.append(items[index])
                let (next, overflow) = index.addingReportingOverflow(step)
                if overflow { break }
                index = next
            }
        }
        return result
    }
}
