/// `pwd` and `cd`, as bash's builtins. The workspace root is shown as the shell's
/// `rootPath`; `cd` without an argument goes back to the root (the lab's home).
enum DirectoryCommands {
    static func pwd(_ arguments: [String], _ io: inout ShellIO, _ shell: Shell) -> Int32 {
        if let option = arguments.first(where: { $0.hasPrefix("-") && $0 != "-L" && $0 != "-P" && $0 != "-" }) {
            io.error("bash: pwd: \(option.prefix(2)): invalid option")
            io.error("pwd: usage: pwd [-LP]")
            return 2
        }
        io.write(shell.workingDirectoryPath + "\n")
        return 0
    }

    static func cd(_ arguments: [String], _ io: inout ShellIO, _ shell: Shell) -> Int32 {
        let operands = arguments.first == "--" ? Array(arguments.dropFirst()) : arguments
        guard operands.count <= 1 else {
            io.error("bash: cd: too many arguments")
            return 1
        }
        var target = operands.first ?? Self.pathToRoot(shell)
        if target == "-" {
            target = shell.variables["OLDPWD"] ?? ""
            guard !target.isEmpty else {
                io.error("bash: cd: OLDPWD not set")
                return 1
            }
        }
        if target.isEmpty { return 0 }
        let previous = shell.workingDirectoryPath
        do {
            try shell.fileSystem.changeDirectory(target)
        } catch {
            io.error("bash: cd: \(target): \(BuiltinFiles.reason(error))")
            return 1
        }
        shell.variables["OLDPWD"] = previous
        shell.variables["PWD"] = shell.workingDirectoryPath
        if operands.first == "-" { io.write(shell.workingDirectoryPath + "\n") }
        return 0
    }

    /// A relative path from the current directory back to the workspace root.
    private static func pathToRoot(_ shell: Shell) -> String {
        let depth = shell.fileSystem.currentDirectory.split(separator: "/").count
        return depth == 0 ? "." : Array(repeating: "..", count: depth).joined(separator: "/")
    }
}
