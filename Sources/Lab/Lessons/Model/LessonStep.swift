/// One `## Step:` or `## Quiz:` section of a lesson.
public struct LessonStep: Sendable, Equatable {
    /// Whether the learner does something (a task) or answers a question (a quiz).
    public enum Kind: String, Sendable, Equatable {
        case task
        case quiz
    }

    /// From `{#id}`, else the heading's words in kebab case.
    public var id: String
    /// The heading without `Step:`/`Quiz:` and without its `{...}` attributes.
    public var title: String
    public var kind: Kind
    public var points: Int
    /// The line of the step's heading.
    public var line: Int
    /// The Markdown the learner reads (blocks other than the lab's own stay in it).
    public var text: String
    /// Commands run silently before the step starts.
    public var setup: LessonScript?
    /// What completes the step. For a quiz step, `.answer(quiz)`.
    public var check: Check
    /// The line of the check block (the heading's for quiz steps).
    public var checkLine: Int
    /// Progressive hints, shown one at a time.
    public var hints: [String]
    /// The reference solution (task steps).
    public var solution: LessonScript?
    /// Attempts after which the check must still fail (task steps).
    public var wrongAttempts: [LessonScript]
    /// Shown when the step is completed.
    public var explanation: String?
    /// The question (quiz steps).
    public var quiz: Quiz?

    public init(id: String, title: String, kind: Kind, points: Int, line: Int, text: String = "",
                setup: LessonScript? = nil, check: Check, checkLine: Int, hints: [String] = [],
                solution: LessonScript? = nil, wrongAttempts: [LessonScript] = [], explanation: String? = nil,
                quiz: Quiz? = nil) {
        self.id = id
        self.title = title
        self.kind = kind
        self.points = points
        self.line = line
        self.text = text
        self.setup = setup
        self.check = check
        self.checkLine = checkLine
        self.hints = hints
        self.solution = solution
        self.wrongAttempts = wrongAttempts
        self.explanation = explanation
        self.quiz = quiz
    }
}
