/// Evaluates a lesson check in a learner's session.
///
/// Checks only read. `cloud` checks run their (read-only) command with `--output json` on a
/// workspace that refuses writes and with a copy of the CLI configuration, and the cloud's
/// id generator is put back afterwards, so checking never changes what the learner sees
/// next. `file` checks read the workspace; the rest look at the context.
public struct CheckEvaluator {
    /// Remembered command outputs and queries (grading evaluates many checks per command).
    let memo: CheckMemo?

    public init(memo: CheckMemo? = nil) { self.memo = memo }

    /// Whether the check passes and, if not, the message of its first failing part.
    public func evaluate(_ check: Check, in context: CheckContext) -> CheckOutcome {
        switch check {
        case .all(let parts, let message):
            for part in parts {
                let outcome = evaluate(part, in: context)
                if !outcome.passed { return .fail(message ?? outcome.message ?? Self.genericMessage) }
            }
            return .pass
        case .any(let parts, let message):
            var firstFailure: String?
            for part in parts {
                let outcome = evaluate(part, in: context)
                if outcome.passed { return .pass }
                firstFailure = firstFailure ?? outcome.message
            }
            return .fail(message ?? firstFailure ?? Self.genericMessage)
        case .not(let inner, let message):
            if evaluate(inner, in: context).passed {
                return .fail(message ?? "Something this step says should not happen is still the case.")
            }
            return .pass
        case .cloud(let cloud):
            return evaluateCloud(cloud, in: context)
        case .file(let file):
            return evaluateFile(file, in: context)
        case .lastCommand(let last):
            return evaluateLastCommand(last, in: context)
        case .history(let pattern, let message):
            if context.stepCommands.contains(where: { TextPattern.matches(pattern, in: $0) }) { return .pass }
            return .fail(message ?? "None of the commands you ran in this step does what the step asks yet.")
        case .answer(let quiz, let message):
            guard let answer = context.quizAnswer else { return .fail("Answer with /answer, for example `/answer a`.") }
            if quiz.accepts(answer: answer) { return .pass }
            return .fail(message ?? "That is not the answer; have another look and try again.")
        }
    }

    static let genericMessage = "The step is not done yet."
}
