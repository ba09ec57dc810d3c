/// AWS's wildcards, as policies (`ArnLike`, `StringLike`, actions) and EC2 filters use them:
/// `*` matches any run of characters and `?` exactly one. EC2 filters also let `\` take the
/// next character literally. Matched by backtracking to the last `*` only, so the cost is
/// linear in practice, whatever the pattern.
struct WildcardPattern {
    private enum Token: Equatable {
        case anyRun
        case anyOne
        case literal(Character)
    }

    private let tokens: [Token]
    private let ignoreCase: Bool

    init(_ pattern: String, ignoreCase: Bool = false, escapes: Bool = false) {
        self.ignoreCase = ignoreCase
        var tokens: [Token] = []
        var escaped = false
        for c in ignoreCase ? pattern.lowercased() : pattern {
            if escaped {
                tokens.append(.literal(c))
                escaped = false
            } else if escapes, c == "\\" {
                escaped = true
            } else {
                tokens.append(c == "*" ? .anyRun : c == "?" ? .anyOne : .literal(c))
            }
        }
        if escaped { tokens.append(.literal("\\")) }
        self.tokens = tokens
    }

    func matches(_ text: String) -> Bool {
        let t = Array(ignoreCase ? text.lowercased() : text)
        var p = 0, i = 0, star = -1, mark = 0
        while i < t.count {
            if p < tokens.count, tokens[p] == .anyOne || tokens[p] == .literal(t[i]) {
                p += 1
                i += 1
            } else if p < tokens.count, tokens[p] == .anyRun {
                star = p
                mark = i
                p += 1
            } else if star >= 0 {
                p = star + 1
                mark += 1
                i = mark
            } else {
                return false
            }
        }
        while p < tokens.count, tokens[p] == .anyRun { p += 1 }
        return p == tokens.count
    }
}
