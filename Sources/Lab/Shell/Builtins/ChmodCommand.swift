import AWSCLI

/// `chmod [-Rvcf] MODE FILE...` with octal (`400`, `0755`) or symbolic modes (`u+x`,
/// `go-w`, `a=r`, `+x`, comma-separated). The workspace keeps the bits (`ls -l` shows them)
/// and enforces the owner's read and write bits.
enum ChmodCommand {
    static func run(_ arguments: [String], _ io: inout ShellIO, _ shell: Shell) -> Int32 {
        var recursive = false
        var verbose = false
        var quiet = false
        var mode: String?
        var files: [String] = []
        var optionsEnded = false
        for argument in arguments {
            if optionsEnded || !argument.hasPrefix("-") || argument == "-" {
                if mode == nil { mode = argument } else { files.append(argument) }
                continue
            }
            switch argument {
            case "--": optionsEnded = true
            case "-R", "--recursive": recursive = true
            case "-v", "--verbose", "-c", "--changes": verbose = true
            case "-f", "--silent", "--quiet": quiet = true
            default:
                if mode == nil && argument.dropFirst().allSatisfy({ "rwxXst".contains($0) }) {
                    mode = argument
                    continue
                }
                if argument.hasPrefix("--") {
                    io.error("chmod: unrecognized option '\(argument)'")
                } else {
                    io.error("chmod: invalid option -- '\(argument.dropFirst().prefix(1))'")
                }
                io.error("Try 'chmod --help' for more information.")
                return 1
            }
        }
        guard let mode else {
            io.error("chmod: missing operand")
            io.error("Try 'chmod --help' for more information.")
            return 1
        }
        guard !files.isEmpty else {
            io.error("chmod: missing operand after \(BuiltinFiles.quote(mode))")
            io.error("Try 'chmod --help' for more information.")
            return 1
        }
        guard let change = FileModeChange(mode) else {
            io.error("chmod: invalid mode: \(BuiltinFiles.quote(mode))")
            io.error("Try 'chmod --help' for more information.")
            return 1
        }
        var status: Int32 = 0
        for file in files {
            apply(change, to: file, recursive: recursive, verbose: verbose, quiet: quiet, shell: shell,
                  io: &io, status: &status)
        }
        return status
    }

    private static func apply(_ change: FileModeChange, to path: String, recursive: Bool, verbose: Bool, quiet: Bool,
                              shell: Shell, io: inout ShellIO, status: inout Int32) {
        do {
            guard let info = try shell.fileSystem.info(path) else {
                throw LocalFileError.notFound(path)
            }
            if let workspace = shell.fileSystem as? any LabWorkspace {
                let old = try workspace.mode(path)
                let new = change.applied(to: old, isDirectory: info.isDirectory)
                try workspace.setMode(path, new)
                if verbose && old != new {
                    let oldText = String(LsListing.modeString(old, isDirectory: info.isDirectory).dropFirst())
                    let newText = String(LsListing.modeString(new, isDirectory: info.isDirectory).dropFirst())
                    io.write("mode of \(BuiltinFiles.quote(path)) changed from \(octal(old)) (\(oldText)) to \(octal(new)) (\(newText))\n")
                }
            }
            if recursive && info.isDirectory {
                for name in try shell.fileSystem.list(path) {
                    apply(change, to: BuiltinFiles.join(path, name), recursive: true, verbose: verbose, quiet: quiet,
                          shell: shell, io: &io, status: &status)
                }
            }
        } catch {
            if !quiet { io.error("chmod: cannot access \(BuiltinFiles.quote(path)): \(BuiltinFiles.reason(error))") }
            status = 1
        }
    }

    private static func octal(_ mode: UInt16) -> String {
        let digits = String(mode, radix: 8)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
