/// A lesson read from one Markdown file of `Lessons/`: its front matter, its text and its
/// steps. See `Lessons/README.md` for the format.
public struct Lesson: Sendable, Equatable {
    /// The file the lesson was read from, as given to the parser (used in messages).
    public var path: String
    /// Unique, lower-case id (`lab grade --lesson ID`).
    public var id: String
    public var title: String
    public var summary: String
    /// The section of the study notes the lesson follows.
    public var notes: String?
    /// CLI service names the lesson uses (`s3`, `sqs`).
    public var services: [String]
    /// About how long the lesson takes.
    public var minutes: Int?
    /// Ids of lessons to take first.
    public var prerequisites: [String]
    /// Points per step unless a step says otherwise.
    public var points: Int
    /// Ids from `notes-claims.md` the lesson covers.
    public var claims: [String]
    /// Points a grade loses per hint used.
    public var hintPenalty: Int
    /// Points a grade loses per revealed solution.
    public var solutionPenalty: Int
    /// The Markdown text before the first step.
    public var introduction: String
    /// Commands run silently before the lesson starts.
    public var setup: LessonScript?
    public var steps: [LessonStep]
    /// The Markdown text under `##` headings after the steps that are not steps.
    public var conclusion: String

    public init(path: String, id: String, title: String, summary: String = "", notes: String? = nil,
                services: [String] = [], minutes: Int? = nil, prerequisites: [String] = [], points: Int = 10,
                claims: [String] = [], hintPenalty: Int = 0, solutionPenalty: Int = 0, introduction: String = "",
                setup: LessonScript? = nil, steps: [LessonStep] = [], conclusion: String = "") {
        self.path = path
        self.id = id
        self.title = title
        self.summary = summary
        self.notes = notes
        self.services = services
        self.minutes = minutes
        self.prerequisites = prerequisites
        self.points = points
        self.claims = claims
        self.hintPenalty = hintPenalty
        self.solutionPenalty = solutionPenalty
        self.introduction = introduction
        self.setup = setup
        self.steps = steps
        self.conclusion = conclusion
    }

    /// The most points the lesson can give.
    public var totalPoints: Int { steps.reduce(0) { $0 + $1.points } }

    /// The step with that id.
    public func step(_ id: String) -> LessonStep? { steps.first { $0.id == id } }
}
