/// The operands of `cp` and `mv`: sources and a destination, which must be a directory when
/// there are several sources.
struct TransferPlan {
    var sources: [String]
    var destination: String
    var intoDirectory: Bool

    /// Checks the operands; nil (after GNU's message) when they are unusable.
    init?(command: String, operands: [String], shell: Shell, io: inout ShellIO) {
        guard let destination = operands.last, operands.count >= 2 else {
            if let only = operands.first {
                io.error("\(command): missing destination file operand after \(BuiltinFiles.quote(only))")
            } else {
                io.error("\(command): missing file operand")
            }
            io.error("Try '\(command) --help' for more information.")
            return nil
        }
        self.sources = Array(operands.dropLast())
        self.destination = destination
        self.intoDirectory = shell.fileSystem.isDirectory(destination)
        if sources.count > 1 && !intoDirectory {
            io.error("\(command): target \(BuiltinFiles.quote(destination)) is not a directory")
            return nil
        }
    }

    /// Where a source goes: inside the destination directory, or the destination itself.
    func target(for source: String) -> String {
        intoDirectory ? BuiltinFiles.join(destination, BuiltinFiles.baseName(source)) : destination
    }
}
