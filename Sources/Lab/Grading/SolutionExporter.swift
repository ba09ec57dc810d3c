/// `lab solution --export`: a lesson's reference solution as a submission script, with a
/// `#@lab step` marker before each step's solution and quiz answers as `#@lab answer`
/// lines. Graded against its lesson it gets full marks.
public enum SolutionExporter {
    public static func export(_ lesson: Lesson) -> String {
        var lines = ["# lab solution: \(lesson.title)", "\(TranscriptScript.marker) lesson \(lesson.id)"]
        for step in lesson.steps {
            lines.append("\(TranscriptScript.marker) step \(step.id)")
            if let solution = step.solution {
                lines.append(contentsOf: solution.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
            } else if let quiz = step.quiz {
                if let answer = answer(for: quiz) {
                    lines.append("\(TranscriptScript.marker) answer \(step.id) \(answer)")
                } else {
                    lines.append("# no sample answer for this text quiz: give it `accepts:` in the lesson")
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The choice keys, or a text answer the lesson lists as accepted.
    static func answer(for quiz: Quiz) -> String? {
        switch quiz.kind {
        case .single, .multiple: return quiz.answer.joined(separator: " ")
        case .text: return quiz.accepts.first
        }
    }
}
