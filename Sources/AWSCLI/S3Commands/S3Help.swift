import Foundation

/// `aws s3 help` and `aws s3 <command> help`: the description and synopsis of the
/// commands (a short form of the CLI's manual pages).
enum S3Help {
    static func result(_ spec: S3CommandSpec) -> CLIResult {
        CLIResult(stdout: Data(text(spec).utf8))
    }

    static func text(_ spec: S3CommandSpec) -> String {
        var lines = ["NAME", "       \(spec.name) -", "", "DESCRIPTION", "       \(spec.description)", "",
                     "SYNOPSIS", "            \(spec.name)"]
        for usage in spec.usage.components(separatedBy: " or ") {
            lines.append("          \(usage)")
        }
        for option in spec.options {
            switch option.arity {
            case .flag: lines.append("          [\(option.option)]")
            case .pair: lines.append("          [\(option.option) <key> <value>]")
            default: lines.append("          [\(option.option) <value>]")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static var overview: String {
        var lines = [
            "S3()", "", "NAME", "       s3 -", "", "DESCRIPTION",
            "       This section explains prominent concepts and notations in the set of",
            "       high-level S3 commands provided.", "", "AVAILABLE COMMANDS",
        ]
        for spec in S3CommandSpec.all.sorted(by: { $0.name < $1.name }) {
            lines.append("       o \(spec.name)")
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }
}
