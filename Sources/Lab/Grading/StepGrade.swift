/// How one step (or one instructor check) of a lesson went in a submission.
public struct StepGrade: Sendable, Equatable {
    public var id: String
    public var title: String
    public var kind: LessonStep.Kind
    /// Whether the check held after some command (task) or the last answer was right (quiz).
    public var passed: Bool
    /// Points given, after penalties; never below 0.
    public var score: Int
    /// The step's points.
    public var maxScore: Int
    /// Hints shown (`#@lab hint`).
    public var hints: Int
    /// Solutions revealed (`#@lab solution`).
    public var solutions: Int
    /// Points taken off for hints and solutions.
    public var penalty: Int
    /// The check's one-sentence feedback when the step failed; empty when it passed.
    public var feedback: String
    /// The submission line after which the step passed (the command or the answer).
    public var passedAtLine: Int?
    /// A check from the instructor's `--checks` file, not shown to learners.
    public var instructor: Bool

    public init(id: String, title: String, kind: LessonStep.Kind, passed: Bool, score: Int, maxScore: Int,
                hints: Int = 0, solutions: Int = 0, penalty: Int = 0, feedback: String = "",
                passedAtLine: Int? = nil, instructor: Bool = false) {
        self.id = id
        self.title = title
        self.kind = kind
        self.passed = passed
        self.score = score
        self.maxScore = maxScore
        self.hints = hints
        self.solutions = solutions
        self.penalty = penalty
        self.feedback = feedback
        self.passedAtLine = passedAtLine
        self.instructor = instructor
    }
}
