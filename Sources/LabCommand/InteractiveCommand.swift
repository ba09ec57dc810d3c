import ArgumentParser
import AWSCLI
import Engine
import Foundation
import Lab

/// `lab` with no subcommand: the interactive lab.
struct InteractiveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "shell", abstract: "Start the interactive lab (the default).")

    @Option(help: "The folder your local files live in, a sub-folder a lesson (default: ~/lab-workspace).")
    var workspace: String?

    @Option(help: "The folder of lesson files (default: the Lessons folder of the lab).")
    var lessons: String?

    @Option(help: "Seed for a fresh simulated cloud's ids.")
    var seed: UInt64 = 1

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let paths = LabPaths(environment: environment)
        let root = workspace ?? paths.defaultWorkspace
        let configurationStore = ConfigurationStore(path: paths.configurationFile)
        let configuration = configurationStore.load { Output.error($0 + "\n") }
        let lessonFolder = lessons ?? LessonCatalogue.locate(executable: CommandLine.arguments[0],
                                                            currentDirectory: FileManager.default.currentDirectoryPath)
        let catalogue = lessonFolder.map(LessonCatalogue.load) ?? LessonCatalogue(lessons: [])
        for problem in catalogue.problems { Output.error("lab: a lesson could not be read: \(problem)\n") }
        let store = ProgressStore(stateDirectory: paths.stateDirectory)
        let seed = self.seed
        let isTerminal = isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
        let useColour = isTerminal && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
        let guide = try Guide(catalogue: catalogue, store: store, style: Style(enabled: useColour)) { lessonId, saved in
            let cloud = saved ?? Cloud(seed: seed, start: Date().timeIntervalSince1970)
            let folder = (root as NSString).appendingPathComponent(lessonId)
            let fileSystem = try Workspaces.disk(folder, clock: { cloud.clock.now })
            return LabSession(cloud: cloud, fileSystem: fileSystem, configuration: configuration)
        }
        let reader: any LineReader
        if isatty(STDIN_FILENO) == 1, let editor = EditLineReader(historyPath: paths.historyFile) {
            try? FileManager.default.createDirectory(atPath: paths.stateDirectory, withIntermediateDirectories: true)
            editor.completer = { line in Completion.candidates(for: line, session: guide.session) }
            reader = editor
            let ask: (String) -> String? = { question in
                var interrupted = false
                return editor.readLine(prompt: question, interrupted: &interrupted)
            }
            guide.session.prompt = ask
            guide.onSessionChange = { $0.prompt = ask }
        } else {
            reader = PlainLineReader()
        }
        let repl = REPL(guide: guide, reader: reader, wallClock: { Date().timeIntervalSince1970 }) { data, isError in
            if isError { Output.error(data) } else { Output.out(data) }
        }
        var saved = configuration
        repl.afterCommand = {
            let current = guide.session.configuration
            if current != saved {
                do {
                    try configurationStore.save(current)
                    saved = current
                } catch {
                    Output.error("lab: could not save your configuration: \(error)\n")
                }
            }
        }
        throw ExitCode(repl.run())
    }
}
