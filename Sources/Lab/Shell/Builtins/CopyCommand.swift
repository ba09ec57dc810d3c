import AWSCLI
import Foundation

/// `cp [-rRpvf] SOURCE... DEST`: copies files (and directories with `-r`) inside the
/// workspace; into DEST when it is a directory. A copy gets the virtual clock's time
/// (`-p` keeps the source's time and mode).
enum CopyCommand {
    static let spec = BuiltinOptionSpec(
        command: "cp", flags: "rRpvf",
        long: ["recursive": .flag("r"), "preserve": .flag("p"), "verbose": .flag("v"), "force": .flag("f")],
        unsupported: "abdHiLlnPsStTuxZ", usage: "Usage: cp [-rRpvf] SOURCE... DEST")

    static func run(_ arguments: [String], _ io: inout ShellIO, _ shell: Shell) -> Int32 {
        var status: Int32 = 0
        guard let options = BuiltinOptions.parse(arguments, spec, io: &io, status: &status) else { return status }
        guard let plan = TransferPlan(command: "cp", operands: options.operands, shell: shell, io: &io) else { return 1 }
        let copier = Copier(shell: shell, recursive: options.has("r") || options.has("R"), preserve: options.has("p"),
                            verbose: options.has("v"))
        for source in plan.sources {
            if !copier.copy(source, to: plan.target(for: source), io: &io) { status = 1 }
        }
        return status
    }

    private struct Copier {
        let shell: Shell
        let recursive: Bool
        let preserve: Bool
        let verbose: Bool

        func copy(_ source: String, to target: String, io: inout ShellIO) -> Bool {
            let fileSystem = shell.fileSystem
            guard let info = try? fileSystem.info(source) else {
                io.error("cp: cannot stat \(BuiltinFiles.quote(source)): No such file or directory")
                return false
            }
            if let from = try? fileSystem.normalize(source), let to = try? fileSystem.normalize(target) {
                if from == to {
                    io.error("cp: \(BuiltinFiles.quote(source)) and \(BuiltinFiles.quote(target)) are the same file")
                    return false
                }
                if info.isDirectory && (to.hasPrefix(from + "/") || from.isEmpty) {
                    io.error("cp: cannot copy a directory, \(BuiltinFiles.quote(source)), into itself, \(BuiltinFiles.quote(target))")
                    return false
                }
            }
            return info.isDirectory ? copyDirectory(source, to: target, io: &io) : copyFile(source, info, to: target, io: &io)
        }

        private func copyDirectory(_ source: String, to target: String, io: inout ShellIO) -> Bool {
            guard recursive else {
                io.error("cp: -r not specified; omitting directory \(BuiltinFiles.quote(source))")
                return false
            }
            let fileSystem = shell.fileSystem
            if let existing = try? fileSystem.info(target), !existing.isDirectory {
                io.error("cp: cannot overwrite non-directory \(BuiltinFiles.quote(target)) with directory \(BuiltinFiles.quote(source))")
                return false
            }
            do {
                try fileSystem.makeDirectory(target, parents: true)
                var ok = true
                for name in try fileSystem.list(source) {
                    let child = BuiltinFiles.join(source, name)
                    if !copy(child, to: BuiltinFiles.join(target, name), io: &io) { ok = false }
                }
                return ok
            } catch {
                io.error("cp: cannot create directory \(BuiltinFiles.quote(target)): \(BuiltinFiles.reason(error))")
                return false
            }
        }

        private func copyFile(_ source: String, _ info: LocalFileInfo, to target: String, io: inout ShellIO) -> Bool {
            let fileSystem = shell.fileSystem
            let data: Data
            do {
                data = try fileSystem.read(source)
            } catch {
                io.error("cp: cannot open \(BuiltinFiles.quote(source)) for reading: \(BuiltinFiles.reason(error))")
                return false
            }
            let isNew = !fileSystem.exists(target)
            do {
                try fileSystem.write(target, data, append: false)
                if let workspace = fileSystem as? any LabWorkspace, isNew || preserve {
                    let mode = try workspace.mode(source)
                    try workspace.setMode(target, preserve ? mode : mode & ~0o022)
                }
                if preserve { try fileSystem.setModified(target, info.modified) }
            } catch {
                io.error("cp: cannot create regular file \(BuiltinFiles.quote(target)): \(BuiltinFiles.reason(error))")
                return false
            }
            if verbose { io.write("\(BuiltinFiles.quote(source)) -> \(BuiltinFiles.quote(target))\n") }
            return true
        }
    }
}
