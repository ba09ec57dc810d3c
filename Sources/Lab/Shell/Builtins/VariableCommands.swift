/// `export`, `unset` and `env`, as bash and coreutils have them. The lab's shell keeps one
/// set of variables, which is also the environment commands see.
enum VariableCommands {
    static func export(_ arguments: [String], _ io: inout ShellIO, _ shell: Shell) -> Int32 {
        var names = arguments
        if names.first == "--" { names.removeFirst() }
        if names.isEmpty || names == ["-p"] {
            for name in shell.variables.keys.sorted() {
                io.write("declare -x \(name)=\"\(escaped(shell.variables[name] ?? ""))\"\n")
            }
            return 0
        }
        if let option = names.first, option.hasPrefix("-") {
            io.error("lab: 'export \(option)' is not available in the lab")
            return 2
        }
        var status: Int32 = 0
        for argument in names {
            let name = String(argument.prefix { $0 != "=" })
            guard ShellParser.isName(name) else {
                io.error("bash: export: `\(argument)': not a valid identifier")
                status = 1
                continue
            }
            if argument.contains("=") {
                shell.variables[name] = String(argument.dropFirst(name.count + 1))
            }
        }
        return status
    }

    static func unset(_ arguments: [String], _ io: inout ShellIO, _ shell: Shell) -> Int32 {
        var names = arguments
        if names.first == "-v" || names.first == "--" { names.removeFirst() }
        if names.first == "-f" {
            io.error("lab: removing shell functions ('unset -f') is not available in the lab")
            return 2
        }
        var status: Int32 = 0
        for name in names {
            guard ShellParser.isName(name) else {
                io.error("bash: unset: `\(name)': not a valid identifier")
                status = 1
                continue
            }
            shell.variables[name] = nil
        }
        return status
    }

    /// `env` lists the variables; `env NAME=value... COMMAND ARGS` runs a command with them.
    static func env(_ arguments: [String], _ io: inout ShellIO, _ shell: Shell) -> Int32 {
        var rest = arguments[...]
        var assignments: [(String, String)] = []
        while let first = rest.first, let equals = first.firstIndex(of: "="), equals != first.startIndex {
            assignments.append((String(first[..<equals]), String(first[first.index(after: equals)...])))
            rest = rest.dropFirst()
        }
        if let option = rest.first, option.hasPrefix("-") {
            io.error("env: option \(BuiltinFiles.quote(option)) is not available in the lab")
            return 125
        }
        let saved = shell.variables
        defer { shell.variables = saved }
        for (name, value) in assignments { shell.variables[name] = value }
        guard let command = rest.first else {
            for name in shell.variables.keys.sorted() { io.write("\(name)=\(shell.variables[name] ?? "")\n") }
            return 0
        }
        guard let handler = shell.handler(for: command) else {
            io.error("env: \(BuiltinFiles.quote(command)): No such file or directory")
            return 127
        }
        return handler(Array(rest.dropFirst()), &io, shell)
    }

    /// A value inside double quotes, as `declare -x` prints it.
    private static func escaped(_ value: String) -> String {
        var result = ""
        for character in value {
            if "\"\\$`".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }
}
