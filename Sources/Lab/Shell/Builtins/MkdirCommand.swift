/// `mkdir [-pv] DIRECTORY...`: `-p` creates missing parents and accepts existing directories.
enum MkdirCommand {
    static let spec = BuiltinOptionSpec(
        command: "mkdir", flags: "pv", long: ["parents": .flag("p"), "verbose": .flag("v")],
        unsupported: "mZ", usage: "Usage: mkdir [-pv] DIRECTORY...")

    static func run(_ arguments: [String], _ io: inout ShellIO, _ shell: Shell) -> Int32 {
        var status: Int32 = 0
        guard let options = BuiltinOptions.parse(arguments, spec, io: &io, status: &status) else { return status }
        guard !options.operands.isEmpty else {
            io.error("mkdir: missing operand")
            io.error("Try 'mkdir --help' for more information.")
            return 1
        }
        for operand in options.operands {
            let existed = shell.fileSystem.exists(operand)
            do {
                try shell.fileSystem.makeDirectory(operand, parents: options.has("p"))
                if options.has("v") && !existed {
                    io.write("mkdir: created directory \(BuiltinFiles.quote(operand))\n")
                }
            } catch {
                io.error("mkdir: cannot create directory \(BuiltinFiles.quote(operand)): \(BuiltinFiles.reason(error))")
                status = 1
            }
        }
        return status
    }
}
