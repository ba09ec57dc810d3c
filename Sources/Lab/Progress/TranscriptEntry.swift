/// One thing the learner did in a lesson: a command (with its exit code), a quiz answer,
/// a hint or solution asked for, a step change, a fault injected with `/fault`, time
/// that passed between commands (`/wait`, or the learner taking their time in the REPL),
/// or the region their commands use when they open the lesson (their configuration).
public struct TranscriptEntry: Sendable, Codable, Equatable {
    public enum Kind: String, Sendable, Codable { case command, answer, hint, solution, step, fault, wait, region }

    public var kind: Kind
    /// The step the learner was on.
    public var step: String
    /// The command line, the answer's words, the step moved to, the fault's words
    /// (`sqs-duplicate QUEUE N`), the seconds waited or the region.
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

/// Transcripts as plain scripts: commands as lines, faults and waits as the script
/// directives `#@ fault` and `#@ sleep` (so `lab run` and `lab grade` replay them too),
/// everything else as `#@lab` comments that `lab grade` reads (`#@lab region` sets the
/// replay's configured region, as the learner's was).
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
            case .fault: lines.append("#@ fault \(entry.text)")
            case .wait: lines.append("#@ sleep \(entry.text)")
            case .region: lines.append("\(marker) region \(entry.text)")
            case .step: break
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
