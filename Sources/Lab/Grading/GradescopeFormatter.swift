import JSONValue

/// Gradescope's `results.json` for the first submission of the report: `score`,
/// `execution_time`, `output`, and a test per step with `name`, `score`, `max_score`,
/// `status`, `output` and `visibility` (instructor checks are `hidden`).
enum GradescopeFormatter {
    static func render(_ report: GradeReport, executionTime: Double) -> String {
        guard let grade = report.submissions.first else {
            return JSONWriter.write(["score": 0, "output": "No submission was given."], indent: 2) + "\n"
        }
        var output = "Lesson \(report.lessonId): \(grade.score)/\(grade.maxScore)."
        if let error = grade.error { output = "The submission could not be graded: \(error.message)" }
        if !grade.notes.isEmpty { output += "\n" + grade.notes.map { "Note: " + $0 }.joined(separator: "\n") }
        let tests: [Value] = grade.steps.map { step in
            var lines: [String] = []
            if !step.feedback.isEmpty { lines.append(step.feedback) }
            if step.hints > 0 || step.solutions > 0 {
                lines.append("Hints: \(step.hints), solutions revealed: \(step.solutions), penalty: \(step.penalty).")
            }
            return [
                "name": .string("\(step.id): \(step.title)"),
                "score": .int(step.score),
                "max_score": .int(step.maxScore),
                "status": .string(step.passed ? "passed" : "failed"),
                "output": .string(lines.joined(separator: "\n")),
                "visibility": .string(step.instructor ? "hidden" : "visible"),
            ]
        }
        let value: Value = [
            "score": .int(grade.score),
            "execution_time": .int(Int(executionTime)),
            "output": .string(output),
            "tests": .array(tests),
        ]
        return JSONWriter.write(value, indent: 2) + "\n"
    }
}
