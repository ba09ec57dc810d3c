import JSONValue

/// Parses an `aws s3` subcommand's words the way argparse does for the AWS CLI: options
/// anywhere among the positionals, `--name value` or `--name=value`, unambiguous prefixes of
/// option names (`--recur`), choices checked as they are read, then the positional count.
struct S3ArgumentParser {
    let spec: S3CommandSpec

    func parse(_ tokens: [String]) throws(CLIError) -> S3Arguments {
        var parsed = S3Arguments()
        if tokens == ["help"] {
            parsed.wantsHelp = true
            return parsed
        }
        var unknown: [String] = []
        var i = 0
        var onlyPositionals = false
        while i < tokens.count {
            let token = tokens[i]
            i += 1
            if onlyPositionals || !GlobalOptions.isOptionLike(token) {
                parsed.positionals.append(token)
                continue
            }
            if token == "--" {
                onlyPositionals = true
                continue
            }
            var name = token
            var inline: String?
            if let eq = token.firstIndex(of: "=") {
                name = String(token[..<eq])
                inline = String(token[token.index(after: eq)...])
            }
            guard let option = try resolve(name) else {
                unknown.append(token)
                continue
            }
            try read(option, inline: inline, tokens: tokens, at: &i, into: &parsed)
        }
        let counts = spec.positionalCount
        if parsed.positionals.count < counts.lowerBound {
            throw CLIError.usage("the following arguments are required: \(spec.positionalName)")
        }
        if parsed.positionals.count > counts.upperBound {
            unknown += parsed.positionals[counts.upperBound...]
            parsed.positionals.removeLast(parsed.positionals.count - counts.upperBound)
        }
        if !unknown.isEmpty {
            throw CLIError(.usage, stderr: "\nUnknown options: \(unknown.joined(separator: ","))\n")
        }
        return parsed
    }

    /// The option a name means: an exact name, else the one option it is a prefix of.
    private func resolve(_ name: String) throws(CLIError) -> S3OptionSpec? {
        if let exact = spec.options.first(where: { $0.option == name }) { return exact }
        guard name.hasPrefix("--"), name.count > 2 else { return nil }
        let candidates = spec.options.filter { $0.option.hasPrefix(name) }
        if candidates.count > 1 {
            let names = candidates.map(\.option).joined(separator: ", ")
            throw CLIError.usage("ambiguous option: \(name) could match \(names)")
        }
        return candidates.first
    }

    private func read(_ option: S3OptionSpec, inline: String?, tokens: [String], at i: inout Int,
                      into parsed: inout S3Arguments) throws(CLIError) {
        /// The next word when it is not an option.
        func next() -> String? {
            guard i < tokens.count, !GlobalOptions.isOptionLike(tokens[i]) else { return nil }
            defer { i += 1 }
            return tokens[i]
        }
        switch option.arity {
        case .flag:
            if let inline {
                throw CLIError.usage("argument \(option.option): ignored explicit argument '\(inline)'")
            }
            parsed.flags.insert(option.name)
        case .value, .filter:
            guard let value = inline ?? next() else {
                throw CLIError.usage("argument \(option.option): expected one argument")
            }
            try check(option, value)
            if case .filter(let kind) = option.arity {
                parsed.filters.append(S3FilterRule(kind, value))
            } else {
                parsed.values[option.name] = value
            }
        case .optionalValue(let constant):
            let value = inline ?? next() ?? constant
            try check(option, value)
            parsed.values[option.name] = value
        case .pair:
            var pair: [String] = []
            if let inline { pair.append(inline) }
            while pair.count < 2, let value = next() { pair.append(value) }
            guard pair.count == 2 else {
                throw CLIError.usage("argument \(option.option): expected 2 arguments")
            }
            parsed.lists[option.name, default: []].append(pair)
        case .oneOrMore:
            var values: [String] = []
            if let inline { values.append(inline) }
            while let value = next() { values.append(value) }
            guard !values.isEmpty else {
                throw CLIError.usage("argument \(option.option): expected at least one argument")
            }
            parsed.lists[option.name, default: []].append(values)
        }
    }

    private func check(_ option: S3OptionSpec, _ value: String) throws(CLIError) {
        guard let choices = option.choices, !choices.contains(value) else { return }
        throw CLIError.usage(CloseMatches.invalidChoiceMessage(argument: option.option, value: value, choices: choices))
    }
}
