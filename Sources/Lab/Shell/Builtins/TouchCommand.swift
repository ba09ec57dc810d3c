import Foundation

/// `touch [-c] FILE...`: creates empty files, or sets an existing file's modification time to
/// the virtual clock's now. `-c` does not create.
enum TouchCommand {
    static let spec = BuiltinOptionSpec(
        command: "touch", flags: "c", long: ["no-create": .flag("c")], unsupported: "adfhmrt",
        usage: "Usage: touch [-c] FILE...")

    static func run(_ arguments: [String], _ io: inout ShellIO, _ shell: Shell) -> Int32 {
        var status: Int32 = 0
        guard let options = BuiltinOptions.parse(arguments, spec, io: &io, status: &status) else { return status }
        guard !options.operands.isEmpty else {
            io.error("touch: missing file operand")
            io.error("Try 'touch --help' for more information.")
            return 1
        }
        for operand in options.operands {
            do {
                if try shell.fileSystem.info(operand) != nil {
                    try shell.fileSystem.setModified(operand, shell.now())
                } else if !options.has("c") {
                    try shell.fileSystem.write(operand, Data(), append: true)
                }
            } catch {
                io.error("touch: cannot touch \(BuiltinFiles.quote(operand)): \(BuiltinFiles.reason(error))")
                status = 1
            }
        }
        return status
    }
}
