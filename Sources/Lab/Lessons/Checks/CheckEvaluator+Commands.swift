import Foundation

// MARK: - last-command

extension CheckEvaluator {
    func evaluateLastCommand(_ check: LastCommandCheck, in context: CheckContext) -> CheckOutcome {
        guard let last = context.lastCommand else {
            return .fail(check.message ?? "Run the command this step asks for first.")
        }
        if let exit = check.exit, last.exitCode != exit {
            return .fail(check.message ?? "Your last command exited with status \(last.exitCode), not \(exit).")
        }
        if let expected = check.stdout,
           last.stdout.trimmingCharacters(in: .whitespacesAndNewlines) != expected.trimmingCharacters(in: .whitespacesAndNewlines) {
            return .fail(check.message ?? "Your last command did not print \(expected).")
        }
        if let pattern = check.stdoutMatches, !TextPattern.matches(pattern, in: last.stdout) {
            return .fail(check.message ?? "Your last command did not print what this step expects.")
        }
        if let pattern = check.stderrMatches, !TextPattern.matches(pattern, in: last.stderr) {
            return .fail(check.message ?? "Your last command did not report the error this step expects.")
        }
        if let pattern = check.commandMatches, !TextPattern.matches(pattern, in: last.command) {
            return .fail(check.message ?? "Your last command is not the one this step asks for.")
        }
        return .pass
    }
}
