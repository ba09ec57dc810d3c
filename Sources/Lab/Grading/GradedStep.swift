/// A step the grader scores: one of the lesson's, or an instructor check from `--checks`.
struct GradedStep: Sendable {
    var step: LessonStep
    var instructor: Bool
    var hintPenalty: Int
    var solutionPenalty: Int
}
