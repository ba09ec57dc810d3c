import Foundation

/// `aws configure`: the interactive prompts, `set`, `get`, `list` and `list-profiles`,
/// on the learner's own configuration.
enum ConfigureCommand {
    static func run(_ args: [String], session: CLISession) throws(CLIError) -> CLIResult {
        guard let sub = args.first else { return try interactive(session) }
        let rest = Array(args.dropFirst())
        switch sub {
        case "list": return try list(rest, session)
        case "list-profiles": return listProfiles(session)
        case "get": return try get(rest, session)
        case "set": return try set(rest, session)
        case "help": return CLIResult(stdout: Data(helpText.utf8))
        default:
            throw CLIError.usage(CloseMatches.invalidChoiceMessage(argument: "subcommand", value: sub,
                                                                   choices: ["get", "list", "list-profiles", "set"]))
        }
    }

    static let helpText = """
        configure

          Shows or changes your CLI configuration: access keys, default region and output format.

        SYNOPSIS

            aws configure [--profile profile-name]
            aws configure set <varname> <value> [--profile profile-name]
            aws configure get <varname> [--profile profile-name]
            aws configure list [--profile profile-name]
            aws configure list-profiles

        """

    /// `region` → (profile, key); `default.region` and `profile.dev.region` name the profile.
    static func resolve(_ name: String, _ session: CLISession) -> (String, String) {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        if parts.count >= 3 && parts[0] == "profile" {
            return (parts[1], parts[2...].joined(separator: "."))
        }
        if parts.count == 2 && parts[0] == "default" { return ("default", parts[1]) }
        if parts.count == 2 && session.context.configuration.profiles[parts[0]] != nil { return (parts[0], parts[1]) }
        return (session.profile, name)
    }

    static func set(_ args: [String], _ session: CLISession) throws(CLIError) -> CLIResult {
        guard args.count == 2 else {
            if args.count < 2 { throw CLIError.usage("the following arguments are required: varname, value") }
            throw CLIError.unknownOptions(Array(args.dropFirst(2)))
        }
        let (profile, key) = resolve(args[0], session)
        session.context.configuration.set(key, args[1], profile: profile)
        return CLIResult()
    }

    static func get(_ args: [String], _ session: CLISession) throws(CLIError) -> CLIResult {
        guard args.count == 1 else {
            if args.isEmpty { throw CLIError.usage("the following arguments are required: varname") }
            throw CLIError.unknownOptions(Array(args.dropFirst()))
        }
        let (profile, key) = resolve(args[0], session)
        guard let value = session.context.configuration.value(key, profile: profile) else {
            return CLIResult(exitCode: 1)
        }
        return CLIResult(stdout: Data((value + "\n").utf8))
    }

    static func listProfiles(_ session: CLISession) -> CLIResult {
        let text = session.context.configuration.profileNames.map { $0 + "\n" }.joined()
        return CLIResult(stdout: Data(text.utf8))
    }

    static func row(_ name: String, _ value: String, _ type: String, _ location: String) -> String {
        func right(_ s: String, _ width: Int) -> String {
            s.count >= width ? s : String(repeating: " ", count: width - s.count) + s
        }
        return "\(right(name, 10)) \(right(value, 24)) \(right(type, 16))    \(location)\n"
    }

    static func masked(_ value: String) -> String {
        String(repeating: "*", count: 16) + value.suffix(4)
    }

    static func list(_ args: [String], _ session: CLISession) throws(CLIError) -> CLIResult {
        if !args.isEmpty { throw CLIError.unknownOptions(args) }
        try session.checkProfile()
        let env = session.context.environment
        let config = session.context.configuration
        let profile = session.profile
        var text = row("Name", "Value", "Type", "Location") + row("----", "-----", "----", "--------")
        if let p = session.globals.profile {
            text += row("profile", p, "manual", "--profile")
        } else if let p = env["AWS_PROFILE"] {
            text += row("profile", p, "env", "['AWS_PROFILE', 'AWS_DEFAULT_PROFILE']")
        } else {
            text += row("profile", "<not set>", "None", "None")
        }
        for (name, key, envName) in [("access_key", "aws_access_key_id", "AWS_ACCESS_KEY_ID"),
                                     ("secret_key", "aws_secret_access_key", "AWS_SECRET_ACCESS_KEY")] {
            if let v = env[envName] {
                text += row(name, masked(v), "env", "")
            } else if let v = config.value(key, profile: profile) {
                text += row(name, masked(v), "shared-credentials-file", "")
            } else {
                text += row(name, "<not set>", "None", "None")
            }
        }
        if let r = session.globals.region {
            text += row("region", r, "manual", "--region")
        } else if let r = env["AWS_REGION"] ?? env["AWS_DEFAULT_REGION"] {
            text += row("region", r, "env", env["AWS_REGION"] != nil ? "AWS_REGION" : "AWS_DEFAULT_REGION")
        } else if let r = config.value("region", profile: profile) {
            text += row("region", r, "config-file", "~/.aws/config")
        } else {
            text += row("region", "<not set>", "None", "None")
        }
        return CLIResult(stdout: Data(text.utf8))
    }

    /// The four questions of `aws configure`; an empty answer keeps the current value.
    static func interactive(_ session: CLISession) throws(CLIError) -> CLIResult {
        let context = session.context
        let profile = session.profile
        var stdinLines = String(decoding: context.stdin, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var echoed = ""
        let questions: [(String, String, Bool)] = [
            ("AWS Access Key ID", "aws_access_key_id", true),
            ("AWS Secret Access Key", "aws_secret_access_key", true),
            ("Default region name", "region", false),
            ("Default output format", "output", false),
        ]
        for (label, key, secret) in questions {
            let current = context.configuration.value(key, profile: profile)
            let shown = current.map { secret ? masked($0) : $0 } ?? "None"
            let prompt = "\(label) [\(shown)]: "
            let answer: String?
            if let ask = context.prompt {
                answer = ask(prompt)
            } else {
                echoed += prompt
                answer = stdinLines.isEmpty ? nil : stdinLines.removeFirst()
            }
            guard let answer else {
                // End of input: the real CLI stops at EOF too.
                return CLIResult(stdout: Data(echoed.utf8), exitCode: 0)
            }
            let trimmed = answer.trimmingCharacters(in: .whitespaces)
            if !trimmed.isEmpty {
                if key == "output" && !["json", "text", "table", "yaml", "yaml-stream", "off"].contains(trimmed) {
                    context.configuration.set(key, trimmed, profile: profile)
                } else {
                    context.configuration.set(key, trimmed, profile: profile)
                }
            }
        }
        return CLIResult(stdout: Data(echoed.utf8))
    }
}
