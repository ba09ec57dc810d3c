/// One thing the learner did in a lesson: a command (with its exit code), a quiz answer,
/// a hint or solution asked for, or a step change.
public struct TranscriptEntry: Sendable, Codable, Equatable {
    public enum Kind: String, Sendable, Codable { case command, answer, hint, solution, step }

    public var kind: Kind
    /// The step the learner was on.
    public var step: String
    /// The command line, the answer's words, or the step moved to.
    public var text: String
    public var exitCode: Int32?
    /// Virtual time, seconds since the epoch.
    public var time: Double

    public init(kind: Kind, step: String, text: String, exitCode: Int32? = nil, time: Double) {
        self.kind = kind
        self.step = step
        self.text = text
        self.exitCode = exitCode
        self.time = time
    }
}

/// Transcripts as plain scripts: commands as lines, everything else as `#@lab` comments, so
/// `lab run` replays the commands and `lab grade` reads the rest.
public enum TranscriptScript {
    public static let marker = "#@lab"

    public static func export(lessonId: String, entries: [TranscriptEntry]) -> String {
        var lines = ["# lab transcript", "\(marker) lesson \(lessonId)"]
        var currentStep = ""
        for entry in entries {
            if entry.step != currentStep {
                lines.append("\(marker) step \(entry.step)")
                currentStep = entry.step
            }
            switch entry.kind {
            case .command: lines.append(entry.text)
            case .answer: lines.append("\(marker) answer \(entry.step) \(entry.text)")
            case .hint: lines.append("\(marker) hint \(entry.step)")
            case .solution: lines.append("\(marker) solution \(entry.step)")
            case .step: break
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
