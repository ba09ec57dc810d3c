/// The result of a check: whether it passed and, when it did not, the one sentence that
/// tells the learner what is still missing.
public struct CheckOutcome: Sendable, Equatable {
    public var passed: Bool
    /// The message of the first failing part (the author's, else one the lab writes); nil
    /// when the check passed.
    public var message: String?

    public init(passed: Bool, message: String? = nil) {
        self.passed = passed
        self.message = passed ? nil : message
    }

    public static let pass = CheckOutcome(passed: true)

    public static func fail(_ message: String) -> CheckOutcome {
        CheckOutcome(passed: false, message: message)
    }
}
