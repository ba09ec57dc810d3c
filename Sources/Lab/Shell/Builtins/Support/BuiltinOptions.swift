/// Parsed options and operands of a builtin's arguments.
struct BuiltinOptions {
    /// Options in the order given, with their values.
    var given: [(option: Character, value: String?)] = []
    var operands: [String] = []

    func has(_ option: Character) -> Bool {
        given.contains { $0.option == option }
    }

    /// The last value given for an option.
    func value(_ option: Character) -> String? {
        given.last { $0.option == option }?.value
    }

    /// Parses arguments; on a usage error prints it GNU style (with the `Try '... --help'`
    /// line) and returns nil with the status in `status`. `--help` prints the usage and
    /// returns nil with status 0.
    static func parse(_ arguments: [String], _ spec: BuiltinOptionSpec, io: inout ShellIO,
                      status: inout Int32) -> BuiltinOptions? {
        var result = BuiltinOptions()
        var index = 0
        func fail(_ message: String) -> BuiltinOptions? {
            io.error("\(spec.command): \(message)")
            io.error("Try '\(spec.command) --help' for more information.")
            status = spec.usageStatus
            return nil
        }
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if argument == "--" {
                result.operands.append(contentsOf: arguments[index...])
                break
            }
            if argument == "--help" {
                io.write(spec.usage.isEmpty ? "Usage: \(spec.command) [OPTION]... [FILE]...\n" : spec.usage + "\n")
                status = 0
                return nil
            }
            if argument.hasPrefix("--") {
                let body = argument.dropFirst(2)
                let name = String(body.prefix { $0 != "=" })
                let inline: String? = body.contains("=") ? String(body.drop { $0 != "=" }.dropFirst()) : nil
                let candidates = spec.long.keys.filter { $0.hasPrefix(name) }
                let key = spec.long[name] != nil ? name : (candidates.count == 1 ? candidates.first : nil)
                guard let key, let option = spec.long[key] else {
                    if candidates.count > 1 { return fail("option '--\(name)' is ambiguous") }
                    return fail("unrecognized option '\(argument)'")
                }
                if option.takesValue {
                    if let inline {
                        result.given.append((option.short, inline))
                    } else if index < arguments.count {
                        result.given.append((option.short, arguments[index]))
                        index += 1
                    } else {
                        return fail("option '--\(key)' requires an argument")
                    }
                } else {
                    if inline != nil { return fail("option '--\(key)' doesn't allow an argument") }
                    result.given.append((option.short, nil))
                }
                continue
            }
            guard argument.hasPrefix("-"), argument.count > 1 else {
                result.operands.append(argument)
                continue
            }
            var characters = Array(argument.dropFirst())[...]
            while let option = characters.popFirst() {
                if spec.flags.contains(option) {
                    result.given.append((option, nil))
                } else if spec.valued.contains(option) {
                    if !characters.isEmpty {
                        result.given.append((option, String(characters)))
                        characters = []
                    } else if index < arguments.count {
                        result.given.append((option, arguments[index]))
                        index += 1
                    } else {
                        return fail("option requires an argument -- '\(option)'")
                    }
                } else if spec.unsupported.contains(option) {
                    io.error("\(spec.command): option '-\(option)' is not available in the lab")
                    status = spec.usageStatus
                    return nil
                } else {
                    return fail("invalid option -- '\(option)'")
                }
            }
        }
        return result
    }
}
