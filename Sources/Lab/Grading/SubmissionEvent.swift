/// One thing a submission script holds, in order: a command to replay, a `#@lab` marker,
/// or a line the grader refuses to run.
public enum SubmissionEvent: Sendable, Equatable {
    /// A logical command line (continuations joined).
    case command(ScriptLine)
    /// `#@lab step ID`: the learner moved to that step.
    case step(id: String, line: Int)
    /// `#@lab answer STEP TEXT`: a quiz answer.
    case answer(step: String, text: String, line: Int)
    /// `#@lab hint STEP`: a hint was shown.
    case hint(step: String, line: Int)
    /// `#@lab solution STEP`: the reference solution was revealed.
    case solution(step: String, line: Int)
    /// `#@lab region NAME`: the region the learner's CLI was configured with from here on.
    case region(name: String, line: Int)
    /// `#@lab lesson ID`: the lesson the transcript was made in.
    case lesson(id: String, line: Int)
    /// A line that is not run: a lab verb (`/next`), an unknown `#@lab` directive, a command
    /// that is too long. The note says why.
    case ignored(line: Int, note: String)
}
