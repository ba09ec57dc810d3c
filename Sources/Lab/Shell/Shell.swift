import AWSCLI
import Foundation

/// The lab's shell: the POSIX-like subset a learner types around `aws` commands (quotes,
/// `$VAR`, `$(...)`, `|`, `>` `>>` `<` `2>` `2>&1`, `VAR=value`, `# comments`) and a few
/// GNU-like builtins, confined to the learner's workspace. Time never passes for real:
/// `sleep` calls the injected `sleep` closure (the virtual clock) and `date` reads `now`.
///
/// The workspace root is shown as the file system's `rootPath` (`LabWorkspace`), else as
/// `/workspace`; `pwd` prints it followed by the current directory.
///
/// Shell syntax outside the subset (`&&`, `||`, `;`, loops, `if`, here-documents,
/// backquotes, `&`) is refused with `lab: ... is not available in the lab` on standard
/// error and exit status 2, never ignored.
public final class Shell {
    /// Shell variables; they are also the environment commands see (`env`).
    public var variables: [String: String]
    /// The exit status of the last pipeline (`$?`).
    public var lastExitCode: Int32 = 0
    public let fileSystem: any LocalFileSystem
    private var handlers: [String: ShellCommandHandler] = [:]
    private let sleepHandler: (Double) -> Void
    private let clock: () -> Double

    /// - Parameters:
    ///   - fileSystem: the learner's workspace.
    ///   - environment: the initial variables.
    ///   - sleep: advances the virtual clock by a number of seconds (`sleep N`).
    ///   - now: the virtual clock, in seconds since the epoch (`date`, file times).
    public init(fileSystem: any LocalFileSystem, environment: [String: String] = [:],
                sleep: @escaping (Double) -> Void, now: @escaping () -> Double) {
        self.fileSystem = fileSystem
        self.variables = environment
        self.sleepHandler = sleep
        self.clock = now
        ShellBuiltins.register(into: self)
        variables["PWD"] = workingDirectoryPath
    }

    // MARK: Commands

    /// Adds (or replaces) a command, e.g. `aws`. The handler receives the arguments after
    /// the command name.
    public func register(_ name: String, _ handler: @escaping ShellCommandHandler) {
        handlers[name] = handler
    }

    /// The handler registered for a command name.
    public func handler(for name: String) -> ShellCommandHandler? {
        handlers[name]
    }

    /// The names of every command the shell can run, sorted (for completion and help).
    public var commandNames: [String] {
        handlers.keys.sorted()
    }

    // MARK: Running

    /// Runs one logical line: it may hold `\`-newline continuations, quoted newlines, and
    /// several pipelines on separate lines (run in order). Standard input is empty.
    public func run(_ line: String) -> ShellResult {
        let script: ShellScript
        do {
            script = try ShellParser.parse(line)
        } catch {
            let message = (error as? ShellSyntaxError)?.message ?? "bash: \(error)"
            lastExitCode = 2
            return ShellResult(stdout: Data(), stderr: Data((message + "\n").utf8), exitCode: 2)
        }
        var execution = ShellExecution(shell: self)
        var stdout = Data()
        var status: Int32 = 0
        for pipeline in script.pipelines {
            let (output, code) = execution.run(pipeline, stdin: Data())
            stdout.append(output)
            status = code
            lastExitCode = code
        }
        return ShellResult(stdout: stdout, stderr: execution.stderr, exitCode: status)
    }

    /// Whether the text needs more lines before it can run: it ends with a backslash, leaves
    /// a quote, `$(` or `${` open, or ends with `|`. The REPL then asks for a continuation.
    public static func isIncomplete(_ text: String) -> Bool {
        do {
            _ = try ShellParser.parse(ShellLexer.tokens(text, lenientEnd: false))
            return false
        } catch let error as ShellSyntaxError {
            return error.kind == .incomplete
        } catch {
            return false
        }
    }

    // MARK: Clock

    /// The virtual clock's current time, in seconds since the epoch.
    public func now() -> Double {
        clock()
    }

    /// Lets virtual time pass (no real waiting).
    public func sleep(_ seconds: Double) {
        sleepHandler(seconds)
    }

    // MARK: Paths

    /// The absolute path shown for the workspace root.
    public var rootPath: String {
        (fileSystem as? any LabWorkspace)?.rootPath ?? "/workspace"
    }

    /// The current directory as `pwd` prints it.
    public var workingDirectoryPath: String {
        let current = fileSystem.currentDirectory
        if current.isEmpty { return rootPath }
        return rootPath == "/" ? "/" + current : rootPath + "/" + current
    }
}
