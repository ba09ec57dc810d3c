/// `sleep NUMBER[smhd]...`: lets virtual time pass (the sum of the arguments) through the
/// shell's injected clock; nothing ever waits for real.
enum SleepCommand {
    static func run(_ arguments: [String], _ io: inout ShellIO, _ shell: Shell) -> Int32 {
        func usage(_ message: String) -> Int32 {
            io.error("sleep: \(message)")
            io.error("Try 'sleep --help' for more information.")
            return 1
        }
        guard !arguments.isEmpty else { return usage("missing operand") }
        var total = 0.0
        for argument in arguments {
            if argument.hasPrefix("-") && argument.count > 1 {
                return usage("invalid option -- '\(argument.dropFirst().prefix(1))'")
            }
            guard let seconds = seconds(argument) else {
                return usage("invalid time interval \(BuiltinFiles.quote(argument))")
            }
            guard seconds.isFinite else {
                io.error("sleep: the lab cannot sleep forever")
                return 1
            }
            total += seconds
        }
        shell.sleep(total)
        return 0
    }

    /// `5`, `0.5`, `2m`, `1h`, `1d` in seconds; nil when invalid or negative.
    static func seconds(_ text: String) -> Double? {
        var number = Substring(text)
        var multiplier = 1.0
        switch number.last {
        case "s": number = number.dropLast()
        case "m": number = number.dropLast(); multiplier = 60
        case "h": number = number.dropLast(); multiplier = 3600
        case "d": number = number.dropLast(); multiplier = 86_400
        default: break
        }
        let allowed = number.allSatisfy { $0.isASCII && ($0.isNumber || $0 == ".") } || number == "inf" || number == "infinity"
        guard !number.isEmpty, allowed, let value = Double(number), value >= 0 else { return nil }
        return value * multiplier
    }
}
