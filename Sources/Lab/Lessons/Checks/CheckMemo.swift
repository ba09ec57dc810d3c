import JMESPath
import JSONValue

/// What checks may remember between evaluations when many are run in a row (grading):
/// each `cloud` command's output within one round (checks only read, so it cannot change
/// until the learner's next command), and compiled queries for the whole replay.
public final class CheckMemo {
    /// What a `cloud` command gave: its output as a value, or why it failed.
    enum CloudOutput {
        case value(Value)
        case failed(reason: String)
    }

    var outputs: [[String]: CloudOutput] = [:]
    private var queries: [String: JMESPathExpression] = [:]

    public init() {}

    /// Forgets the command outputs: the learner ran another command.
    public func newRound() { outputs.removeAll(keepingCapacity: true) }

    func compiled(_ query: String) throws(JMESPathError) -> JMESPathExpression {
        if let expression = queries[query] { return expression }
        let expression = try JMESPath.compile(query)
        queries[query] = expression
        return expression
    }
}
