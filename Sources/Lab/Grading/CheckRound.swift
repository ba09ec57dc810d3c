import JMESPath
import JSONValue

/// Evaluates the checks of one grading round (every open step, after one command) with
/// the same outcomes and messages as `CheckEvaluator`, but runs each distinct `cloud`
/// command once per round: checks only read, so within a round its output cannot change.
final class CheckRound {
    /// What a `cloud` command gave: its output as a value, or why it failed.
    private enum CloudOutput {
        case value(Value)
        case failed(reason: String)
    }

    private let evaluator = CheckEvaluator()
    private var outputs: [[String]: CloudOutput] = [:]
    private let queries: QueryCache

    /// `queries` keeps compiled JMESPath queries from one round to the next.
    init(queries: QueryCache) { self.queries = queries }

    func evaluate(_ check: Check, in context: CheckContext) -> CheckOutcome {
        switch check {
        case .all(let parts, let message):
            for part in parts {
                let outcome = evaluate(part, in: context)
                if !outcome.passed { return .fail(message ?? outcome.message ?? CheckEvaluator.genericMessage) }
            }
            return .pass
        case .any(let parts, let message):
            var firstFailure: String?
            for part in parts {
                let outcome = evaluate(part, in: context)
                if outcome.passed { return .pass }
                firstFailure = firstFailure ?? outcome.message
            }
            return .fail(message ?? firstFailure ?? CheckEvaluator.genericMessage)
        case .not(let inner, _):
            if evaluate(inner, in: context).passed { return evaluator.evaluate(check, in: context) }
            return .pass
        case .cloud(let cloud):
            return evaluateCloud(cloud, in: context)
        default:
            return evaluator.evaluate(check, in: context)
        }
    }

    private func evaluateCloud(_ check: CloudCheck, in context: CheckContext) -> CheckOutcome {
        let output: CloudOutput
        if let cached = outputs[check.arguments] {
            output = cached
        } else {
            let result = CheckEvaluator.runReadOnly(check.arguments, session: context.session)
            output = result.exitCode == 0
                ? .value(CheckEvaluator.outputValue(result.stdoutText))
                : .failed(reason: CheckEvaluator.firstLine(result.stderrText))
            outputs[check.arguments] = output
        }
        switch output {
        case .failed(let reason):
            return .fail(check.message ?? "`\(check.command)` failed\(reason.isEmpty ? "" : ": " + reason)")
        case .value(let value):
            guard let query = check.query else { return .pass }
            do {
                if CheckEvaluator.isTruthy(try queries.compiled(query).search(value)) { return .pass }
                return .fail(check.message ?? "`\(check.command)` does not show what this step asks for yet.")
            } catch {
                return .fail(check.message ?? "The check's query failed: \(error.description)")
            }
        }
    }
}
