import JSONValue

/// The grade as JSON: the lesson, then per submission its score, error, notes and steps.
enum JSONGradeFormatter {
    static func render(_ report: GradeReport) -> String {
        let value: Value = [
            "lesson": .string(report.lessonId),
            "title": .string(report.lessonTitle),
            "max_score": .int(report.maxScore),
            "submissions": .array(report.submissions.map(submission)),
        ]
        return JSONWriter.write(value, indent: 2) + "\n"
    }

    static func submission(_ grade: SubmissionGrade) -> Value {
        [
            "submission": .string(grade.name),
            "score": .int(grade.score),
            "max_score": .int(grade.maxScore),
            "error": grade.error.map { .string($0.message) } ?? .null,
            "commands": .int(grade.commands),
            "notes": .array(grade.notes.map(Value.string)),
            "steps": .array(grade.steps.map(step)),
        ]
    }

    static func step(_ step: StepGrade) -> Value {
        [
            "id": .string(step.id),
            "title": .string(step.title),
            "kind": .string(step.kind.rawValue),
            "instructor": .bool(step.instructor),
            "passed": .bool(step.passed),
            "score": .int(step.score),
            "max_score": .int(step.maxScore),
            "hints": .int(step.hints),
            "solutions": .int(step.solutions),
            "penalty": .int(step.penalty),
            "passed_at_line": step.passedAtLine.map(Value.int) ?? .null,
            "feedback": .string(step.feedback),
        ]
    }
}
