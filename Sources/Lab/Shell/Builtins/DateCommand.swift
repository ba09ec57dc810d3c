import Foundation

/// `date [-u] [-d @SECONDS] [-I[TIMESPEC] | -R | +FORMAT]`: the virtual clock's time in UTC
/// (the lab's only time zone), by default as GNU prints it: `Thu Jan  1 00:00:00 UTC 2026`.
enum DateCommand {
    static func run(_ arguments: [String], _ io: inout ShellIO, _ shell: Shell) -> Int32 {
        var time = shell.now()
        var format: String?
        var index = 0
        func usage(_ message: String) -> Int32 {
            io.error("date: \(message)")
            io.error("Try 'date --help' for more information.")
            return 1
        }
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if argument.hasPrefix("+") {
                if format != nil { return usage("extra operand \(BuiltinFiles.quote(argument))") }
                format = String(argument.dropFirst())
                continue
            }
            switch argument {
            case "-u", "--utc", "--universal":
                continue
            case "-R", "--rfc-email":
                format = "%a, %d %b %Y %H:%M:%S %z"
                continue
            case "-s", "--set":
                io.error("date: cannot set date: Operation not permitted")
                return 1
            default:
                break
            }
            if argument.hasPrefix("-I") || argument.hasPrefix("--iso-8601") {
                let spec = argument.hasPrefix("-I") ? String(argument.dropFirst(2))
                                                    : String(argument.dropFirst(10).drop { $0 == "=" })
                guard let isoFormat = isoFormat(spec) else {
                    io.error("date: invalid argument \(BuiltinFiles.quote(spec)) for '--iso-8601'")
                    return 1
                }
                format = isoFormat
                continue
            }
            var dateText: String?
            if argument == "-d" || argument == "--date" {
                guard index < arguments.count else { return usage("option requires an argument -- 'd'") }
                dateText = arguments[index]
                index += 1
            } else if argument.hasPrefix("--date=") {
                dateText = String(argument.dropFirst(7))
            } else if argument.hasPrefix("-d") {
                dateText = String(argument.dropFirst(2))
            }
            if let dateText {
                guard let parsed = parse(dateText, now: time) else {
                    io.error("date: invalid date \(BuiltinFiles.quote(dateText)) (the lab reads -d @SECONDS and -d now)")
                    return 1
                }
                time = parsed
                continue
            }
            if argument.hasPrefix("--") { return usage("unrecognized option \(BuiltinFiles.quote(argument))") }
            if argument.hasPrefix("-") { return usage("invalid option -- '\(argument.dropFirst().prefix(1))'") }
            io.error("date: invalid date \(BuiltinFiles.quote(argument))")
            return 1
        }
        io.write(DateFormat.format(format ?? DateFormat.standard, time) + "\n")
        return 0
    }

    private static func isoFormat(_ spec: String) -> String? {
        switch spec {
        case "", "date": return "%Y-%m-%d"
        case "hours": return "%Y-%m-%dT%H%:z"
        case "minutes": return "%Y-%m-%dT%H:%M%:z"
        case "seconds": return "%Y-%m-%dT%H:%M:%S%:z"
        case "ns": return "%Y-%m-%dT%H:%M:%S,%N%:z"
        default: return nil
        }
    }

    private static func parse(_ text: String, now: Double) -> Double? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty || trimmed == "now" { return now }
        if trimmed.hasPrefix("@") { return Double(trimmed.dropFirst()) }
        return nil
    }
}
