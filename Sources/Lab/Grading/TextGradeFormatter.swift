/// The human-readable grade: per submission its score, then per step PASS/FAIL, points
/// and the check's feedback, then the grader's notes. With several submissions, a class
/// summary ends it.
enum TextGradeFormatter {
    static func render(_ report: GradeReport) -> String {
        var lines: [String] = []
        for submission in report.submissions {
            if let error = submission.error {
                lines.append("\(submission.name): ERROR \(error.message)")
                lines.append("")
                continue
            }
            lines.append("\(submission.name): \(submission.score)/\(submission.maxScore) (lesson \(report.lessonId), \(submission.commands) commands)")
            for step in submission.steps {
                var line = "  \(step.passed ? "PASS" : "FAIL") \(step.id)\(step.instructor ? " [instructor]" : "")  \(step.score)/\(step.maxScore)"
                var extras: [String] = []
                if step.hints > 0 { extras.append("\(step.hints) hint\(step.hints == 1 ? "" : "s")") }
                if step.solutions > 0 { extras.append("\(step.solutions) solution\(step.solutions == 1 ? "" : "s") revealed") }
                if step.penalty > 0 { extras.append("-\(step.penalty) penalty") }
                if !extras.isEmpty { line += " (" + extras.joined(separator: ", ") + ")" }
                if !step.feedback.isEmpty { line += ": " + step.feedback }
                lines.append(line)
            }
            for note in submission.notes { lines.append("  note: \(note)") }
            lines.append("")
        }
        if report.submissions.count > 1 {
            let graded = report.submissions.filter { $0.error == nil }
            let total = graded.reduce(0) { $0 + $1.score }
            let average = graded.isEmpty ? 0 : Double(total) / Double(graded.count)
            let perfect = graded.filter { $0.score == $0.maxScore }.count
            lines.append("\(report.submissions.count) submissions, \(graded.count) graded, \(report.failures.count) could not be read; "
                         + "average \(formatAverage(average))/\(report.maxScore), \(perfect) with full marks")
        }
        while lines.last == "" { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func formatAverage(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }
}
