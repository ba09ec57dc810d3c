import ArgumentParser
import Foundation
import Lab

/// `lab lint`: checks lesson files: their format, every check, every quiz, and a rehearsal
/// of each step's reference solution and wrong attempts from a fresh simulated cloud.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check lesson files: format, checks, quizzes, and every step's solution and wrong attempts.",
        discussion: "Problems are printed as FILE:LINE: MESSAGE. Exits 1 when there is any problem."
    )

    @Option(name: .customLong("coverage"), help: "A claim catalogue (notes-claims.md): list the claims no lesson covers.")
    var coverage: String?

    @Argument(help: "Lesson files or folders (default: Lessons).")
    var paths: [String] = []

    func run() throws {
        var catalogue: ClaimCatalogue?
        if let coverage {
            guard let data = FileManager.default.contents(atPath: coverage) else {
                Output.error("lab lint: cannot read \(coverage): No such file or directory\n")
                throw ExitCode(2)
            }
            catalogue = ClaimCatalogue.parse(String(decoding: data, as: UTF8.self))
        }
        let report = LessonLinter().lint(paths: paths.isEmpty ? ["Lessons"] : paths, catalogue: catalogue)
        for problem in report.problems { Output.out("\(problem)\n") }
        if catalogue != nil {
            let covered = report.catalogueSize - report.uncoveredClaims.count
            Output.out("\(covered) of \(report.catalogueSize) claims covered; not covered:\n")
            for claim in report.uncoveredClaims { Output.out("  \(claim.id)  \(Self.shorten(claim.text))\n") }
        }
        Output.out(report.summary + "\n")
        if !report.problems.isEmpty { throw ExitCode(1) }
    }

    private static func shorten(_ text: String) -> String {
        text.count <= 70 ? text : String(text.prefix(67)) + "..."
    }
}
