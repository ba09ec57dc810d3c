import AWSCLI
import Foundation

/// Runs parsed command lines for a `Shell`: expands words, sets up redirections, calls the
/// command handlers and passes output along pipes. Standard error of every command (unless
/// redirected) and of `$(...)` substitutions collects in `stderr`.
struct ShellExecution {
    let shell: Shell
    var stderr = Data()
    /// The status of the last `$(...)` run while expanding the current command: the status
    /// of a line made only of assignments (`Q=$(aws ...)`).
    var substitutionStatus: Int32?

    init(shell: Shell) {
        self.shell = shell
    }

    // MARK: Pipelines

    /// Runs a pipeline: each command's standard output is the next one's standard input.
    /// With more than one command each runs in a subshell (variables and `cd` do not stick).
    mutating func run(_ pipeline: ShellPipeline, stdin: Data) -> (stdout: Data, status: Int32) {
        if pipeline.commands.count == 1, let command = pipeline.commands.first {
            return run(command, stdin: stdin)
        }
        var data = stdin
        var status: Int32 = 0
        for command in pipeline.commands {
            let saved = saveState()
            (data, status) = run(command, stdin: data)
            restoreState(saved)
        }
        return (data, status)
    }

    // MARK: Commands

    mutating func run(_ command: ShellCommand, stdin: Data) -> (stdout: Data, status: Int32) {
        substitutionStatus = nil
        let fields = expandFields(command.words, declaration: isDeclaration(command))
        var assigned: [(name: String, value: String)] = []
        for assignment in command.assignments {
            var value = expandString(assignment.value)
            if assignment.append { value = (shell.variables[assignment.name] ?? "") + value }
            assigned.append((assignment.name, value))
        }
        var io = ShellIO(stdin: stdin)
        var routing = ShellOutputRouting()
        guard applyRedirections(command.redirections, io: &io, routing: &routing) else {
            return (Data(), 1)
        }
        guard let name = fields.first else {
            for (name, value) in assigned { shell.variables[name] = value }
            return (Data(), substitutionStatus ?? 0)
        }
        let previous = assigned.map { (name: $0.name, value: shell.variables[$0.name]) }
        for (name, value) in assigned { shell.variables[name] = value }
        let status = invoke(name, Array(fields.dropFirst()), io: &io)
        for (name, value) in previous.reversed() { shell.variables[name] = value }
        return (route(io, routing), status)
    }

    private mutating func invoke(_ name: String, _ arguments: [String], io: inout ShellIO) -> Int32 {
        if let handler = shell.handler(for: name) {
            return handler(arguments, &io, shell)
        }
        if name.contains("/") {
            io.error("lab: running programs from files ('\(name)') is not available in the lab; type its commands instead")
            return 2
        }
        if let what = Self.unavailableCommands[name] {
            io.error("lab: \(what) is not available in the lab")
            return 2
        }
        io.error("bash: \(name): command not found")
        return 127
    }

    /// Shell builtins the lab does not provide, with what to call them in the refusal.
    private static let unavailableCommands: [String: String] = [
        "set": "'set'", "source": "'source'", ".": "'.' (source)", "eval": "'eval'", "exec": "'exec'",
        "alias": "'alias'", "read": "'read'", "test": "'test'", "[": "'[ ... ]' (test)",
        "local": "'local'", "declare": "'declare'", "typeset": "'typeset'", "readonly": "'readonly'",
        "trap": "'trap'", "exit": "'exit' in the shell", "return": "'return'", "shift": "'shift'",
        "jobs": "job control ('jobs')", "fg": "job control ('fg')", "bg": "job control ('bg')",
        "wait": "'wait'", "let": "'let'", "history": "the shell's 'history'", "ulimit": "'ulimit'",
        "umask": "'umask'", "shopt": "'shopt'", "pushd": "'pushd'", "popd": "'popd'",
    ]

    /// `export` takes `NAME=value` words like assignments: no splitting, no globbing.
    private func isDeclaration(_ command: ShellCommand) -> Bool {
        command.words.first?.plainText == "export"
    }

    // MARK: Subshells

    struct SavedState {
        var variables: [String: String]
        var directory: String
    }

    func saveState() -> SavedState {
        SavedState(variables: shell.variables, directory: shell.fileSystem.currentDirectory)
    }

    /// Puts back the variables and the current directory a subshell may have changed.
    func restoreState(_ saved: SavedState) {
        shell.variables = saved.variables
        let current = shell.fileSystem.currentDirectory
        guard current != saved.directory else { return }
        let depth = current.split(separator: "/").count
        let path = String(repeating: "../", count: depth) + saved.directory
        try? shell.fileSystem.changeDirectory(path.isEmpty ? "." : path)
    }
}
