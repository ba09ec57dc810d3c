/// The class summary: `submission,score,max,error`, then a column per step holding the
/// points it got. Fields with commas, quotes or line breaks are quoted (RFC 4180).
enum CSVSummary {
    static func render(_ report: GradeReport) -> String {
        let stepIds = report.submissions.first { $0.error == nil }?.steps.map(\.id) ?? []
        var rows = [(["submission", "score", "max", "error"] + stepIds).map(field).joined(separator: ",")]
        for submission in report.submissions {
            var cells = [submission.name, String(submission.score), String(report.maxScore),
                         submission.error?.message ?? ""]
            let byId = Dictionary(submission.steps.map { ($0.id, $0.score) }, uniquingKeysWith: { first, _ in first })
            cells += stepIds.map { id in byId[id].map(String.init) ?? "" }
            rows.append(cells.map(field).joined(separator: ","))
        }
        return rows.joined(separator: "\n") + "\n"
    }

    private static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
