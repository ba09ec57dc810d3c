/// The grade of one submission: every step's result, the total, and what the grader
/// noticed on the way (lab verbs not run, budgets reached). `error` is set when the
/// submission could not be graded at all; its steps are then empty and its score 0.
public struct SubmissionGrade: Sendable, Equatable {
    /// The submission's name as given (its path).
    public var name: String
    public var steps: [StepGrade]
    /// Commands replayed.
    public var commands: Int
    /// Notes in submission order, each starting with `line N:` when it has a line.
    public var notes: [String]
    public var error: GradingError?

    public init(name: String, steps: [StepGrade] = [], commands: Int = 0, notes: [String] = [],
                error: GradingError? = nil) {
        self.name = name
        self.steps = steps
        self.commands = commands
        self.notes = notes
        self.error = error
    }

    public var score: Int { steps.reduce(0) { $0 + $1.score } }
    public var maxScore: Int { steps.reduce(0) { $0 + $1.maxScore } }
}
