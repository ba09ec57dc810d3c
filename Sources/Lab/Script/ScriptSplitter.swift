/// Splits a script into logical command lines: blank lines and comments are skipped,
/// `\`-newline continuations are joined, a quote left open continues on the next line, and
/// the directives `#@ sleep N` (the conformance harness's pause in virtual time) and
/// `#@ fault ...` (a lab fault, like the `/fault` verb) attach to the next command.
public enum ScriptSplitter {
    /// Directives read but not yet attached to a command.
    struct Pending: Equatable {
        var sleep: Double = 0
        var faults: [[String]] = []
    }

    public static func split(_ text: String) -> [ScriptLine] {
        var pending = Pending()
        return split(text, pending: &pending)
    }

    /// Splits `text`, attaching `pending` directives to its first command; directives after
    /// its last command are left in `pending` (for the next piece of a submission).
    static func split(_ text: String, pending: inout Pending) -> [ScriptLine] {
        var out: [ScriptLine] = []
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
            if var open = current {
                if open.hasSuffix("\\") {
                    open.removeLast()
                    open += raw
                } else {
                    open += "\n" + raw
                }
                current = open
            } else {
                let trimmed = raw.trimmingCharacters(in: .whitespaces)
                if trimmed.isEmpty { continue }
                if trimmed.hasPrefix("#") {
                    if trimmed.hasPrefix("#@") { read(directive: trimmed, into: &pending) }
                    continue
                }
                current = raw
                startLine = number
            }
            if let text = current, !Shell.isIncomplete(text) {
                out.append(ScriptLine(line: startLine, command: text, sleepBefore: pending.sleep, faultsBefore: pending.faults))
                pending = Pending()
                current = nil
            }
        }
        if let text = current {
            out.append(ScriptLine(line: startLine, command: text, sleepBefore: pending.sleep, faultsBefore: pending.faults))
            pending = Pending()
        }
        return out
    }

    /// `#@ sleep N` and `#@ fault WORDS`; other `#@` comments are plain comments.
    private static func read(directive: String, into pending: inout Pending) {
        let words = directive.dropFirst(2).split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard let name = words.first else { return }
        switch name {
        case "sleep" where words.count > 1:
            if let seconds = Double(words[1]) { pending.sleep += seconds }
        case "fault" where words.count > 1:
            pending.faults.append(Array(words.dropFirst()))
        default:
            break
        }
    }
}
