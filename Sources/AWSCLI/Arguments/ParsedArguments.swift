/// An operation's command line after argparse-like parsing, before values are converted.
public struct ParsedArguments: Sendable {
    public enum Raw: Sendable, Equatable {
        case single(String)
        case list([String])
        case flag(Bool)
    }

    /// Raw values by argument name (without dashes).
    public var values: [String: Raw] = [:]
    /// The order in which arguments were given (for error reporting).
    public var order: [String] = []
    public var outfile: String?
    public var wantsHelp = false

    public func string(_ name: String) -> String? {
        switch values[name] {
        case .single(let s): return s
        case .list(let l): return l.first
        default: return nil
        }
    }
}

/// Parses an operation's tokens the way the AWS CLI's argparse table does: `--name value`,
/// `--name=value`, lists until the next option, flags, and unambiguous prefixes.
public enum OperationArgumentParser {
    public static func parse(_ tokens: [String], table: ArgumentTable) throws(CLIError) -> ParsedArguments {
        var parsed = ParsedArguments()
        var unknown: [String] = []
        var i = 0
        while i < tokens.count {
            let token = tokens[i]
            i += 1
            guard token.hasPrefix("--"), token.count > 2 else {
                if token == "help" && parsed.values.isEmpty && !unknown.contains(token) {
                    parsed.wantsHelp = true
                } else if table.hasOutfile && parsed.outfile == nil && !GlobalOptions.isOptionLike(token) {
                    parsed.outfile = token
                } else {
                    unknown.append(token)
                }
                continue
            }
            var name = String(token.dropFirst(2))
            var inline: String?
            if let eq = name.firstIndex(of: "=") {
                inline = String(name[name.index(after: eq)...])
                name = String(name[..<eq])
            }
            let matches = table.lookup(name)
            guard matches.count == 1, let argument = matches.first else {
                if matches.count > 1 {
                    let names = matches.map(\.option).joined(separator: ", ")
                    throw CLIError.usage("ambiguous option: --\(name) could match \(names)")
                }
                unknown.append(token)
                // argparse leaves the values of an unknown option among the unknown tokens.
                while i < tokens.count, !GlobalOptions.isOptionLike(tokens[i]) {
                    unknown.append(tokens[i])
                    i += 1
                }
                continue
            }
            let raw: ParsedArguments.Raw
            switch argument.kind {
            case .flag(let on):
                if let inline { throw CLIError.usage("argument \(argument.option): ignored explicit argument '\(inline)'") }
                raw = .flag(on)
            case .single:
                if let inline {
                    raw = .single(inline)
                } else if i < tokens.count, !GlobalOptions.isOptionLike(tokens[i]) {
                    raw = .single(tokens[i])
                    i += 1
                } else {
                    throw CLIError.usage("argument \(argument.option): expected one argument")
                }
            case .list:
                var items: [String] = inline.map { [$0] } ?? []
                while i < tokens.count, !GlobalOptions.isOptionLike(tokens[i]) {
                    items.append(tokens[i])
                    i += 1
                }
                if items.isEmpty { throw CLIError.usage("argument \(argument.option): expected at least one argument") }
                raw = .list(items)
            case .special:
                if argument.name == "generate-cli-skeleton" {
                    if let inline {
                        raw = .single(inline)
                    } else if i < tokens.count, ["input", "output", "yaml-input"].contains(tokens[i]) {
                        raw = .single(tokens[i])
                        i += 1
                    } else {
                        raw = .single("input")
                    }
                } else if let inline {
                    raw = .single(inline)
                } else if i < tokens.count, !GlobalOptions.isOptionLike(tokens[i]) {
                    raw = .single(tokens[i])
                    i += 1
                } else {
                    throw CLIError.usage("argument \(argument.option): expected one argument")
                }
            }
            let key = argument.kind == .flag(false) ? String(argument.name.dropFirst(3)) : argument.name
            if parsed.values[key] == nil { parsed.order.append(key) }
            parsed.values[key] = raw
        }
        if !unknown.isEmpty {
            let firstOption = unknown.first { $0.hasPrefix("--") }
            var suggestion: String?
            if let firstOption {
                let bare = String(firstOption.split(separator: "=", maxSplits: 1).first ?? "")
                suggestion = CloseMatches.find(bare, in: table.optionNames, n: 1, cutoff: 0.6).first
            }
            throw CLIError.unknownOptions(unknown, suggestion: suggestion)
        }
        return parsed
    }
}
