/// A shell-style pattern matched as Python's `fnmatch.fnmatch` matches it on POSIX, which
/// is what `--exclude` and `--include` use: `*` matches anything (a `/` too), `?` one
/// character, `[seq]` one character of the set, `[!seq]` one character outside it. A `[`
/// without its `]` is a plain character. Matching is case-sensitive and covers the whole
/// string.
struct GlobPattern: Sendable, Equatable {
    enum Token: Sendable, Equatable {
        case literal(Unicode.Scalar)
        case anyCharacter
        case anyString
        case set(CharacterSet, negated: Bool)
    }

    /// A `[...]` set: single characters and inclusive ranges.
    struct CharacterSet: Sendable, Equatable {
        var ranges: [ClosedRange<UInt32>] = []

        func contains(_ scalar: Unicode.Scalar) -> Bool {
            ranges.contains { $0.contains(scalar.value) }
        }
    }

    let source: String
    let tokens: [Token]

    init(_ pattern: String) {
        source = pattern
        tokens = Self.compile(Array(pattern.unicodeScalars))
    }

    func matches(_ text: String) -> Bool {
        matches(Array(text.unicodeScalars))
    }

    /// Greedy matching with backtracking to the last `*`: linear in practice, and exact
    /// because every other token matches exactly one character.
    func matches(_ text: [Unicode.Scalar]) -> Bool {
        var t = 0
        var p = 0
        var starToken = -1
        var starText = 0
        while t < text.count {
            if p < tokens.count, tokens[p] == .anyString {
                starToken = p
                starText = t
                p += 1
            } else if p < tokens.count, Self.matchesOne(tokens[p], text[t]) {
                p += 1
                t += 1
            } else if starToken >= 0 {
                p = starToken + 1
                starText += 1
                t = starText
            } else {
                return false
            }
        }
        while p < tokens.count, tokens[p] == .anyString { p += 1 }
        return p == tokens.count
    }

    private static func matchesOne(_ token: Token, _ scalar: Unicode.Scalar) -> Bool {
        switch token {
        case .literal(let c): return c == scalar
        case .anyCharacter: return true
        case .anyString: return false
        case .set(let set, let negated): return set.contains(scalar) != negated
        }
    }

    // MARK: Compiling (as fnmatch.translate reads a pattern)

    private static func compile(_ p: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        var i = 0
        while i < p.count {
            let c = p[i]
            i += 1
            switch c {
            case "*":
                if tokens.last != .anyString { tokens.append(.anyString) }
            case "?":
                tokens.append(.anyCharacter)
            case "[":
                if let (set, next) = bracket(p, from: i) {
                    tokens.append(set)
                    i = next
                } else {
                    tokens.append(.literal("["))
                }
            default:
                tokens.append(.literal(c))
            }
        }
        return tokens
    }

    /// The set starting after a `[` at `start`, and the index after its `]`; nil when the
    /// bracket is not closed.
    private static func bracket(_ p: [Unicode.Scalar], from start: Int) -> (Token, Int)? {
        var j = start
        if j < p.count, p[j] == "!" { j += 1 }
        if j < p.count, p[j] == "]" { j += 1 }
        while j < p.count, p[j] != "]" { j += 1 }
        guard j < p.count else { return nil }
        var body = Array(p[start..<j])
        var negated = false
        if body.first == "!" {
            negated = true
            body.removeFirst()
        }
        var set = CharacterSet()
        var k = 0
        while k < body.count {
            let low = body[k]
            // A `-` between two characters makes a range; one at either end is literal.
            if k + 2 < body.count, body[k + 1] == "-" {
                let high = body[k + 2]
                if low.value <= high.value { set.ranges.append(low.value...high.value) }
                k += 3
            } else {
                set.ranges.append(low.value...low.value)
                k += 1
            }
        }
        return (.set(set, negated: negated), j + 1)
    }
}
