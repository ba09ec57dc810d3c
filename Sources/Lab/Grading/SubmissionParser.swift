import Foundation

/// Reads a submission: a plain script (what `lab run` runs) with the transcript's `#@lab`
/// comment lines (`TranscriptScript`). Commands are split as `ScriptSplitter` splits them;
/// a `#@lab` line outside a command ends the commands before it. Lines starting with `/`
/// are lab verbs pasted into the script: they are never run and never complete a step.
public enum SubmissionParser {
    /// The events of a submission, in order.
    public static func parse(_ text: String, limits: GradingLimits = .standard) -> [SubmissionEvent] {
        var events: [SubmissionEvent] = []
        var chunk: [String] = []
        var chunkStart = 1
        // Directives after a piece's last command (`#@ fault` just before a `#@lab` line)
        // belong to the first command of the next piece.
        var pending = ScriptSplitter.Pending()
        // "\r\n" is one Character in Swift: split on both so CRLF files read line by line.
        let lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
        func flush() {
            guard !chunk.isEmpty else { return }
            for command in ScriptSplitter.split(chunk.joined(separator: "\n"), pending: &pending) {
                var shifted = command
                shifted.line = chunkStart + command.line - 1
                events.append(event(for: shifted, limits: limits))
            }
            chunk = []
        }
        for (index, raw) in lines.enumerated() {
            let trimmed = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.hasPrefix(TranscriptScript.marker + " ") || trimmed == TranscriptScript.marker,
               !chunkIsOpen(chunk) {
                flush()
                chunkStart = index + 2
                events.append(directive(trimmed, line: index + 1))
            } else {
                if chunk.isEmpty { chunkStart = index + 1 }
                chunk.append(String(raw))
            }
        }
        flush()
        return events
    }

    /// Whether the lines so far end inside a command (an open quote or a `\` continuation).
    private static func chunkIsOpen(_ chunk: [String]) -> Bool {
        guard let last = chunk.last, !last.isEmpty else { return false }
        if last.hasSuffix("\\") { return true }
        guard let tail = ScriptSplitter.split(chunk.joined(separator: "\n")).last else { return false }
        return Shell.isIncomplete(tail.command)
    }

    private static func event(for command: ScriptLine, limits: GradingLimits) -> SubmissionEvent {
        let text = command.command.trimmingCharacters(in: .whitespaces)
        if text.hasPrefix("/") {
            let verb = text.split(separator: " ").first.map(String.init) ?? text
            return .ignored(line: command.line,
                            note: "`\(verb)` is a lab verb, not a command: it is not run and completes nothing")
        }
        if command.command.count > limits.maxCommandLength {
            return .ignored(line: command.line,
                            note: "a command of \(command.command.count) characters is longer than the \(limits.maxCommandLength) the grader runs")
        }
        return .command(command)
    }

    private static func directive(_ text: String, line: Int) -> SubmissionEvent {
        let words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        let verb = words.count > 1 ? words[1] : ""
        let argument = words.count > 2 ? words[2] : ""
        switch verb {
        case "lesson" where words.count == 3: return .lesson(id: argument, line: line)
        case "step" where words.count == 3: return .step(id: argument, line: line)
        case "hint" where words.count == 3: return .hint(step: argument, line: line)
        case "solution" where words.count == 3: return .solution(step: argument, line: line)
        case "region" where words.count == 3: return .region(name: argument, line: line)
        case "answer" where words.count >= 4:
            return .answer(step: argument, text: words[3...].joined(separator: " "), line: line)
        default:
            let shown = text.count > 60 ? String(text.prefix(57)) + "..." : text
            return .ignored(line: line, note: "`\(shown)` is not a directive the grader knows; ignored")
        }
    }
}
