/// The grades of one call of `lab grade`: the lesson, and one grade per submission in the
/// order the submissions were given. Every output format is made from it.
public struct GradeReport: Sendable, Equatable {
    public var lessonId: String
    public var lessonTitle: String
    /// The most points a submission can get (lesson steps and instructor checks).
    public var maxScore: Int
    public var submissions: [SubmissionGrade]

    public init(lessonId: String, lessonTitle: String, maxScore: Int, submissions: [SubmissionGrade]) {
        self.lessonId = lessonId
        self.lessonTitle = lessonTitle
        self.maxScore = maxScore
        self.submissions = submissions
    }

    /// Submissions that could not be graded.
    public var failures: [SubmissionGrade] { submissions.filter { $0.error != nil } }
}
