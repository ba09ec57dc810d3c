import Foundation

/// What the transcript keeps besides commands: verbs that change the cloud and the time
/// that passed between commands, so that `lab run` and `lab grade` replay the same lesson.
extension Guide {
    /// The clock moved while no command ran: the learner took their time in the REPL (the
    /// clock follows wall time) or used `/wait`. Recorded as a wait that a replay repeats
    /// (and saved with the command that follows).
    /// Moves are gathered until they make a second, so that a transcript is not full of
    /// tiny waits; a replay is never more than a second behind.
    public func clockMoved(by seconds: Double) {
        recordWait(seconds)
    }

    func recordWait(_ seconds: Double) {
        guard seconds > 0 else { return }
        idleNotRecorded += seconds
        guard idleNotRecorded >= 1 else { return }
        let total = idleNotRecorded
        idleNotRecorded = 0
        let step = currentStep?.id ?? Guide.playground
        if let last = progress.transcript.last, last.kind == .wait, last.step == step, let before = Double(last.text) {
            progress.transcript[progress.transcript.count - 1].text = Self.seconds(before + total)
            progress.transcript[progress.transcript.count - 1].time = session.cloud.clock.now
        } else {
            record(.wait, text: Self.seconds(total))
        }
    }

    /// Notes the region the learner's commands use when it differs from the last one noted,
    /// so that `lab grade` replays them in the same region (their configuration is not part
    /// of the lesson).
    func recordRegionIfChanged() {
        let region = session.region
        if progress.transcript.last(where: { $0.kind == .region })?.text != region { record(.region, text: region) }
    }

    /// Puts an entry that is not a command into the transcript, at the current virtual time
    /// (saved with the next save: the verb's, or the command's that follows a wait).
    func record(_ kind: TranscriptEntry.Kind, text: String) {
        progress.transcript.append(TranscriptEntry(kind: kind, step: currentStep?.id ?? Guide.playground, text: text,
                                                   time: session.cloud.clock.now))
    }

    /// Seconds with at most two decimals, rounded down: `31`, `4.25`.
    static func seconds(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded(.down))
        if hundredths % 100 == 0 { return String(hundredths / 100) }
        return String(format: "%d.%02d", hundredths / 100, hundredths % 100)
    }
}
