/// The commands every lab shell has, registered when a `Shell` is made. The lab adds `aws`.
enum ShellBuiltins {
    static func register(into shell: Shell) {
        let commands: [(String, ShellCommandHandler)] = [
            ("echo", EchoCommand.run), ("printf", PrintfCommand.run), ("cat", CatCommand.run),
            ("ls", LsCommand.run), ("mkdir", MkdirCommand.run), ("rm", RmCommand.run), ("touch", TouchCommand.run),
            ("pwd", DirectoryCommands.pwd), ("cd", DirectoryCommands.cd), ("chmod", ChmodCommand.run),
            ("head", HeadCommand.run), ("tail", TailCommand.run), ("wc", WcCommand.run), ("tr", TrCommand.run),
            ("grep", GrepCommand.run), ("sort", SortCommand.run), ("base64", Base64Command.run),
            ("cp", CopyCommand.run), ("mv", MoveCommand.run), ("date", DateCommand.run), ("sleep", SleepCommand.run),
            ("export", VariableCommands.export), ("unset", VariableCommands.unset), ("env", VariableCommands.env),
            ("true", MiscCommands.succeed), ("false", MiscCommands.fail), ("which", MiscCommands.which),
        ]
        for (name, handler) in commands { shell.register(name, handler) }
    }
}
