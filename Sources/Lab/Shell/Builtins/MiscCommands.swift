/// `true`, `false` and `which`.
enum MiscCommands {
    static func succeed(_ arguments: [String], _ io: inout ShellIO, _ shell: Shell) -> Int32 { 0 }

    static func fail(_ arguments: [String], _ io: inout ShellIO, _ shell: Shell) -> Int32 { 1 }

    /// Commands that live only inside the shell (no program file to show).
    private static let shellOnly: Set<String> = ["cd", "export", "unset"]

    /// `which NAME...`: where a program would be found; `aws` lives in `/usr/local/bin`, the
    /// other commands in `/usr/bin`. Nothing is printed (status 1) for an unknown name.
    static func which(_ arguments: [String], _ io: inout ShellIO, _ shell: Shell) -> Int32 {
        var status: Int32 = 0
        for name in arguments where !name.hasPrefix("-") {
            if shell.handler(for: name) != nil && !shellOnly.contains(name) {
                io.write((name == "aws" ? "/usr/local/bin/" : "/usr/bin/") + name + "\n")
            } else {
                status = 1
            }
        }
        return status
    }
}
