import ArgumentParser
import Foundation
import Lab

/// `lab solution --export ID`: writes a lesson's reference solution as a submission script
/// (the model answer; graded, it gets full marks).
struct SolutionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "solution",
        abstract: "Write a lesson's reference solution as a submission script.",
        discussion: "The script has a #@lab step marker before each step and #@lab answer lines for quizzes; lab grade gives it full marks."
    )

    @Option(help: "The lesson to export: its id (looked up in --lessons) or the path of a lesson file.")
    var export: String

    @Option(help: "The folder of lesson files (default: the Lessons folder of the lab).")
    var lessons: String?

    @Option(help: "Write the script to this file instead of standard output.")
    var out: String?

    func run() throws {
        let folder = lessons ?? LessonCatalogue.locate(executable: CommandLine.arguments[0],
                                                       currentDirectory: FileManager.default.currentDirectoryPath)
        let lesson: Lesson
        do {
            lesson = try GradingInput.lesson(export, folder: folder)
        } catch {
            Output.error("lab solution: \(error.message)\n")
            throw ExitCode(2)
        }
        let script = SolutionExporter.export(lesson)
        guard let out else { return Output.out(script) }
        do {
            try Data(script.utf8).write(to: URL(fileURLWithPath: out))
        } catch {
            Output.error("lab solution: cannot write \(out): \(error.localizedDescription)\n")
            throw ExitCode(2)
        }
    }
}
