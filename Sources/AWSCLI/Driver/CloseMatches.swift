/// Python's `difflib.get_close_matches` (Ratcliff/Obershelp similarity), which the AWS CLI
/// uses for "maybe you meant" suggestions.
public enum CloseMatches {
    /// Candidates whose similarity ratio with `word` is at least `cutoff`, best first, at most `n`.
    public static func find(_ word: String, in candidates: [String], n: Int = 3, cutoff: Double = 0.6) -> [String] {
        let a = Array(word)
        var scored: [(Double, String)] = []
        for candidate in candidates {
            let b = Array(candidate)
            let r = ratio(a, b)
            if r >= cutoff { scored.append((r, candidate)) }
        }
        scored.sort { $0.0 != $1.0 ? $0.0 > $1.0 : $0.1 > $1.1 }
        return scored.prefix(n).map(\.1)
    }

    /// 2·M / T, where M counts the characters of the matching blocks.
    public static func ratio(_ a: [Character], _ b: [Character]) -> Double {
        let total = a.count + b.count
        guard total > 0 else { return 1 }
        return 2.0 * Double(matches(a[...], b[...])) / Double(total)
    }

    private static func matches(_ a: ArraySlice<Character>, _ b: ArraySlice<Character>) -> Int {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        // Longest common substring (first found, like difflib without junk heuristics).
        var best = (i: a.startIndex, j: b.startIndex, size: 0)
        var previous = [Int](repeating: 0, count: b.count + 1)
        for i in a.indices {
            var current = [Int](repeating: 0, count: b.count + 1)
            for (offset, j) in b.indices.enumerated() where a[i] == b[j] {
                current[offset + 1] = previous[offset] + 1
                if current[offset + 1] > best.size {
                    best = (i - current[offset + 1] + 1, j - current[offset + 1] + 1, current[offset + 1])
                }
            }
            previous = current
        }
        guard best.size > 0 else { return 0 }
        return best.size
            + matches(a[a.startIndex..<best.i], b[b.startIndex..<best.j])
            + matches(a[(best.i + best.size)...], b[(best.j + best.size)...])
    }

    /// argparse's invalid-choice message as the AWS CLI words it (two choices a line).
    public static func invalidChoiceMessage(argument: String, value: String, choices: [String]) -> String {
        var lines = ["argument \(argument): Invalid choice, valid choices are:\n"]
        var i = 0
        while i < choices.count {
            let row = choices[i..<min(i + 2, choices.count)].map { $0.padding(toLength: max(40, $0.count), withPad: " ", startingAt: 0) }
            lines.append(row.joined(separator: " | "))
            i += 2
        }
        let possible = find(value, in: choices, cutoff: 0.8)
        if !possible.isEmpty {
            lines.append("\n\nInvalid choice: '\(value)', maybe you meant:\n")
            lines.append(contentsOf: possible.map { "  * \($0)" })
        }
        return lines.joined(separator: "\n")
    }
}
