/// JUnit XML: a `testsuite` per submission, a `testcase` per step; a failed step has a
/// `failure` with the check's feedback, a submission that cannot be read an `error`.
enum JUnitFormatter {
    static func render(_ report: GradeReport, executionTime: Double) -> String {
        let steps = report.submissions.reduce(0) { $0 + max($1.steps.count, 1) }
        let failures = report.submissions.reduce(0) { $0 + $1.steps.filter { !$0.passed }.count }
        let errors = report.failures.count
        var lines = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                     "<testsuites name=\"\(escape("lab grade " + report.lessonId))\" tests=\"\(steps)\" failures=\"\(failures)\" errors=\"\(errors)\">"]
        for submission in report.submissions {
            let name = escape(submission.name)
            if let error = submission.error {
                lines.append("  <testsuite name=\"\(name)\" tests=\"1\" failures=\"0\" errors=\"1\">")
                lines.append("    <testcase classname=\"\(escape(report.lessonId))\" name=\"read submission\">")
                lines.append("      <error message=\"\(escape(error.message))\"/>")
                lines.append("    </testcase>")
                lines.append("  </testsuite>")
                continue
            }
            let failed = submission.steps.filter { !$0.passed }.count
            lines.append("  <testsuite name=\"\(name)\" tests=\"\(submission.steps.count)\" failures=\"\(failed)\" errors=\"0\">")
            lines.append("    <properties>")
            lines.append("      <property name=\"score\" value=\"\(submission.score)\"/>")
            lines.append("      <property name=\"max_score\" value=\"\(submission.maxScore)\"/>")
            lines.append("    </properties>")
            for step in submission.steps {
                let open = "    <testcase classname=\"\(escape(report.lessonId))\" name=\"\(escape(step.id + ": " + step.title))\""
                if step.passed {
                    lines.append(open + "/>")
                } else {
                    lines.append(open + ">")
                    lines.append("      <failure message=\"\(escape(step.feedback))\">\(escape("0/\(step.maxScore) points"))</failure>")
                    lines.append("    </testcase>")
                }
            }
            lines.append("  </testsuite>")
        }
        lines.append("</testsuites>")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Text safe in XML attributes and content; control characters XML 1.0 cannot hold
    /// become `?`.
    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\n": out += "&#10;"
            case "\t": out += "&#9;"
            case "\r": out += "&#13;"
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    out += "?"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
