/// One logical command of a script: its text (continuations joined) and the number of its
/// first physical line.
public struct ScriptLine: Sendable, Equatable {
    public var line: Int
    public var command: String
    /// `#@ sleep N` directives before it move virtual time forward by this much first.
    public var sleepBefore: Double

    public init(line: Int, command: String, sleepBefore: Double = 0) {
        self.line = line
        self.command = command
        self.sleepBefore = sleepBefore
    }
}

/// Splits a script into logical command lines: blank lines and comments are skipped,
/// `\`-newline continuations are joined, a quote left open continues on the next line, and
/// `#@ sleep N` (the conformance harness's directive) becomes a pause in virtual time.
public enum ScriptSplitter {
    public static func split(_ text: String) -> [ScriptLine] {
        var out: [ScriptLine] = []
        var pendingSleep: Double = 0
        var current: String?
        var startLine = 0
        // Split on the scalar: in Swift "\r\n" is one Character, so a CRLF script would not split.
        let lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            var s = String(String.UnicodeScalarView(line))
            if s.unicodeScalars.last == "\r" { s.unicodeScalars.removeLast() }
            return s
        }
        for (index, raw) in lines.enumerated() {
            let number = index + 1
            if var pending = current {
                if pending.hasSuffix("\\") {
                    pending.removeLast()
                    pending += raw
                } else {
                    pending += "\n" + raw
                }
                current = pending
            } else {
                let trimmed = raw.trimmingCharacters(in: .whitespaces)
                if trimmed.isEmpty { continue }
                if trimmed.hasPrefix("#") {
                    let directive = trimmed.dropFirst(2).split(separator: " ")
                    if trimmed.hasPrefix("#@"), directive.first == "sleep", directive.count > 1, let n = Double(directive[1]) {
                        pendingSleep += n
                    }
                    continue
                }
                current = raw
                startLine = number
            }
            if let text = current, !Shell.isIncomplete(text) {
                out.append(ScriptLine(line: startLine, command: text, sleepBefore: pendingSleep))
                pendingSleep = 0
                current = nil
            }
        }
        if let text = current {
            out.append(ScriptLine(line: startLine, command: text, sleepBefore: pendingSleep))
        }
        return out
    }
}
