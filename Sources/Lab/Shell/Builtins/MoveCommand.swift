/// `mv [-fv] SOURCE... DEST`: renames or moves files and directories inside the workspace;
/// into DEST when it is a directory. Modification times are kept.
enum MoveCommand {
    static let spec = BuiltinOptionSpec(
        command: "mv", flags: "fv", long: ["force": .flag("f"), "verbose": .flag("v")],
        unsupported: "bintTuSZ", usage: "Usage: mv [-fv] SOURCE... DEST")

    static func run(_ arguments: [String], _ io: inout ShellIO, _ shell: Shell) -> Int32 {
        var status: Int32 = 0
        guard let options = BuiltinOptions.parse(arguments, spec, io: &io, status: &status) else { return status }
        guard let plan = TransferPlan(command: "mv", operands: options.operands, shell: shell, io: &io) else { return 1 }
        let fileSystem = shell.fileSystem
        for source in plan.sources {
            let target = plan.target(for: source)
            guard let info = try? fileSystem.info(source) else {
                io.error("mv: cannot stat \(BuiltinFiles.quote(source)): No such file or directory")
                status = 1
                continue
            }
            if let from = try? fileSystem.normalize(source), let to = try? fileSystem.normalize(target) {
                if from == to {
                    io.error("mv: \(BuiltinFiles.quote(source)) and \(BuiltinFiles.quote(target)) are the same file")
                    status = 1
                    continue
                }
                if info.isDirectory && (to.hasPrefix(from + "/") || from.isEmpty) {
                    io.error("mv: cannot move \(BuiltinFiles.quote(source)) to a subdirectory of itself, \(BuiltinFiles.quote(target))")
                    status = 1
                    continue
                }
            }
            do {
                try fileSystem.move(source, to: target)
                if options.has("v") { io.write("renamed \(BuiltinFiles.quote(source)) -> \(BuiltinFiles.quote(target))\n") }
            } catch {
                io.error("mv: cannot move \(BuiltinFiles.quote(source)) to \(BuiltinFiles.quote(target)): \(BuiltinFiles.reason(error))")
                status = 1
            }
        }
        return status
    }
}
