/// TAP version 13: one plan over every step of every submission; a submission that
/// cannot be read is one failing test point. Failures carry a YAML block with the feedback.
enum TAPFormatter {
    static func render(_ report: GradeReport) -> String {
        var points: [String] = []
        var number = 0
        for submission in report.submissions {
            if let error = submission.error {
                number += 1
                points.append("not ok \(number) - \(clean(submission.name)): cannot be graded")
                points.append(contentsOf: diagnostics(["message": error.message]))
                continue
            }
            for step in submission.steps {
                let description = "\(clean(submission.name)) \(clean(step.id)) \(step.score)/\(step.maxScore)"
                number += 1
                if step.passed {
                    points.append("ok \(number) - \(description)")
                } else {
                    points.append("not ok \(number) - \(description)")
                    points.append(contentsOf: diagnostics(["message": step.feedback]))
                }
            }
        }
        var lines = ["TAP version 13", "1..\(number)"]
        lines += points
        return lines.joined(separator: "\n") + "\n"
    }

    /// A TAP description: no `#` (it starts a directive) and no line breaks.
    private static func clean(_ text: String) -> String {
        String(text.map { $0 == "#" ? "_" : ($0.isNewline ? " " : $0) })
    }

    private static func diagnostics(_ fields: [String: String]) -> [String] {
        var lines = ["  ---"]
        for (key, value) in fields.sorted(by: { $0.key < $1.key }) {
            let quoted = value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
                .replacingOccurrences(of: "\n", with: "\\n")
            lines.append("  \(key): \"\(quoted)\"")
        }
        lines.append("  ...")
        return lines
    }
}
