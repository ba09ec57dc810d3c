/// `rm [-rRfv] FILE...`: `-r` removes directories and their contents, `-f` ignores missing
/// files and a missing operand. `.` and `..` are refused as GNU rm refuses them.
enum RmCommand {
    static let spec = BuiltinOptionSpec(
        command: "rm", flags: "rRfvd",
        long: ["recursive": .flag("r"), "force": .flag("f"), "verbose": .flag("v"), "dir": .flag("d")],
        unsupported: "iI", usage: "Usage: rm [-rRfv] FILE...")

    static func run(_ arguments: [String], _ io: inout ShellIO, _ shell: Shell) -> Int32 {
        var status: Int32 = 0
        guard let options = BuiltinOptions.parse(arguments, spec, io: &io, status: &status) else { return status }
        let force = options.has("f")
        let recursive = options.has("r") || options.has("R")
        guard !options.operands.isEmpty else {
            if force { return 0 }
            io.error("rm: missing operand")
            io.error("Try 'rm --help' for more information.")
            return 1
        }
        for operand in options.operands {
            let base = BuiltinFiles.baseName(operand)
            if base == "." || base == ".." {
                io.error("rm: refusing to remove '.' or '..' directory: skipping \(BuiltinFiles.quote(operand))")
                status = 1
                continue
            }
            do {
                guard let info = try shell.fileSystem.info(operand) else {
                    if !force {
                        io.error("rm: cannot remove \(BuiltinFiles.quote(operand)): No such file or directory")
                        status = 1
                    }
                    continue
                }
                if info.isDirectory && !recursive {
                    let empty = options.has("d") && ((try? shell.fileSystem.list(operand).isEmpty) ?? false)
                    guard empty else {
                        io.error("rm: cannot remove \(BuiltinFiles.quote(operand)): Is a directory")
                        status = 1
                        continue
                    }
                }
                try shell.fileSystem.remove(operand, recursive: info.isDirectory)
                if options.has("v") {
                    let kind = info.isDirectory ? "removed directory" : "removed"
                    io.write("\(kind) \(BuiltinFiles.quote(operand))\n")
                }
            } catch {
                io.error("rm: cannot remove \(BuiltinFiles.quote(operand)): \(BuiltinFiles.reason(error))")
                status = 1
            }
        }
        return status
    }
}
