import Foundation

/// `echo [-neE] [ARG]...` as bash's builtin: arguments joined by spaces and a newline
/// (`-n` drops it); `-e` decodes backslash escapes (`\n`, `\t`, `\0NNN`, `\xHH`, `\c`).
enum EchoCommand {
    static func run(_ arguments: [String], _ io: inout ShellIO, _ shell: Shell) -> Int32 {
        var newline = true
        var escapes = false
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            guard argument.count > 1, argument.hasPrefix("-"),
                  argument.dropFirst().allSatisfy({ "neE".contains($0) }) else { break }
            for option in argument.dropFirst() {
                switch option {
                case "n": newline = false
                case "e": escapes = true
                default: escapes = false
                }
            }
            index += 1
        }
        let text = arguments[index...].joined(separator: " ")
        if escapes {
            let (bytes, stop) = ShellEscapes.decode(text, style: .echo)
            io.stdout.append(contentsOf: bytes)
            if stop { return 0 }
        } else {
            io.write(text)
        }
        if newline { io.write("\n") }
        return 0
    }
}
