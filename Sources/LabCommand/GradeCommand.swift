import ArgumentParser
import Dispatch
import Foundation
import Lab

/// `lab grade`: replays submissions of a lesson from a fresh simulated cloud each and
/// scores every step, in text, JSON, Gradescope, JUnit, TAP or CSV.
struct GradeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grade",
        abstract: "Grade submissions (scripts or lab transcripts) of a lesson.",
        discussion: """
            Each submission is replayed from a fresh simulated cloud; a step passes when its check holds after some \
            command. Folders are expanded to the files in them. Exits 0 when grading ran, whatever the scores; 1 when \
            --fail-under is given and a submission scores under it; 2 when a submission cannot be read (the others \
            are still graded and reported). See Docs/grading.md.
            """
    )

    @Option(help: "The lesson: its id (looked up in --lessons) or the path of a lesson file.")
    var lesson: String

    @Option(help: "The folder of lesson files (default: the Lessons folder of the lab).")
    var lessons: String?

    @Option(help: "Instructor-only checks: a file in the lesson format whose steps are added to the grade.")
    var checks: String?

    @Option(help: "text, json, gradescope, junit, tap or csv.")
    var format: String = "text"

    @Option(help: "Write the report to this file instead of standard output.")
    var out: String?

    @Option(help: "Also write the class summary (CSV) to this file.")
    var summary: String?

    @Option(name: .customLong("fail-under"), help: "Exit 1 when a submission scores under this percentage of the points.")
    var failUnder: Double?

    @Argument(help: "Submission files or folders of them.")
    var submissions: [String]

    func validate() throws {
        guard GradeFormat(rawValue: format) != nil else {
            throw ValidationError("unknown format '\(format)'; choose from: \(GradeFormat.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        if submissions.isEmpty { throw ValidationError("give at least one submission file or folder") }
    }

    func run() throws {
        let folder = lessons ?? LessonCatalogue.locate(executable: CommandLine.arguments[0],
                                                       currentDirectory: FileManager.default.currentDirectoryPath)
        let grader: Grader
        do {
            grader = try makeGrader(folder: folder)
        } catch {
            Output.error("lab grade: \(error.message)\n")
            throw ExitCode(2)
        }
        let files = GradingInput.submissionFiles(submissions)
        if files.isEmpty {
            Output.error("lab grade: no submission files found in \(submissions.joined(separator: " "))\n")
            throw ExitCode(2)
        }
        let start = DispatchTime.now().uptimeNanoseconds
        let report = grader.grade(files: files)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let chosen = GradeFormat(rawValue: format) ?? .text
        if chosen == .gradescope && report.submissions.count > 1 {
            Output.error("lab grade: the gradescope format takes one submission; the first is reported\n")
        }
        try write(chosen.render(report, executionTime: seconds), to: out)
        if let summary { try write(GradeFormat.csv.render(report), to: summary) }
        for failure in report.failures {
            Output.error("lab grade: \(failure.error?.message ?? failure.name)\n")
        }
        if !report.failures.isEmpty { throw ExitCode(2) }
        if let failUnder, report.submissions.contains(where: { percentage($0) < failUnder }) { throw ExitCode(1) }
    }

    private func makeGrader(folder: String?) throws(GradingError) -> Grader {
        let lesson = try GradingInput.lesson(self.lesson, folder: folder)
        var extra: Lesson?
        if let checks { extra = try GradingInput.parse(checks) }
        return Grader(lesson: lesson, extraChecks: extra)
    }

    private func percentage(_ grade: SubmissionGrade) -> Double {
        grade.maxScore == 0 ? 100 : Double(grade.score) * 100 / Double(grade.maxScore)
    }

    private func write(_ text: String, to path: String?) throws {
        guard let path else { return Output.out(text) }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        } catch {
            Output.error("lab grade: cannot write \(path): \(error)\n")
            throw ExitCode(2)
        }
    }
}
