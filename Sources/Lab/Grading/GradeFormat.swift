/// The outputs of `lab grade`.
public enum GradeFormat: String, Sendable, CaseIterable {
    /// For people: per step pass/fail, points and feedback.
    case text
    /// Everything the grader knows, as JSON.
    case json
    /// Gradescope's `results.json` (one submission).
    case gradescope
    /// JUnit XML: a test suite per submission, a test case per step.
    case junit
    /// TAP version 13: a test point per step of every submission.
    case tap
    /// The class summary: a row per submission with its score and each step's points.
    case csv

    /// The report in this format, ending with a newline. `executionTime` (seconds) goes
    /// into the formats that have a place for it.
    public func render(_ report: GradeReport, executionTime: Double = 0) -> String {
        switch self {
        case .text: return TextGradeFormatter.render(report)
        case .json: return JSONGradeFormatter.render(report)
        case .gradescope: return GradescopeFormatter.render(report, executionTime: executionTime)
        case .junit: return JUnitFormatter.render(report, executionTime: executionTime)
        case .tap: return TAPFormatter.render(report)
        case .csv: return CSVSummary.render(report)
        }
    }
}
