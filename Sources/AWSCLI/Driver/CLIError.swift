/// Why an `aws` command failed, and so which exit code and stderr text it gets — as AWS CLI
/// version 2 (the classic format, before 2.34 added the `aws: [ERROR]:` prefix) prints them.
public struct CLIError: Error, Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// Command line syntax: unknown command, option, missing argument (exit 252, with usage).
        case usage
        /// A parameter value the CLI could not use: bad shorthand, JSON, type (exit 252).
        case parameter
        /// Configuration: no region, no credentials, unknown profile (exit 253).
        case configuration
        /// The service answered with an error (exit 254).
        case service
        /// Anything else (exit 255).
        case other
    }

    public var kind: Kind
    /// The complete text written to stderr.
    public var stderr: String

    public var exitCode: Int32 {
        switch kind {
        case .usage, .parameter: return 252
        case .configuration: return 253
        case .service: return 254
        case .other: return 255
        }
    }

    public init(_ kind: Kind, stderr: String) {
        self.kind = kind
        self.stderr = stderr
    }

    /// The usage block argparse prints before `aws: error: ...`.
    public static let usageBlock = """
        usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]
        To see help text, you can run:

          aws help
          aws <command> help
          aws <command> <subcommand> help

        """

    /// A real AWS CLI command the lab does not simulate yet (exit 255, as an operation the
    /// engine does not carry out): says so rather than pretending AWS has no such command.
    public static func notSimulated(_ command: String, choices: [String]) -> CLIError {
        CLIError(.other, stderr: "aws: `aws \(command)` is a real AWS CLI command, but the lab does not simulate it yet.\n"
                    + "What the lab runs here: \(choices.joined(separator: ", ")).\n")
    }

    /// An argparse error: usage, then `aws: error: MESSAGE`.
    public static func usage(_ message: String) -> CLIError {
        CLIError(.usage, stderr: usageBlock + "\naws: error: \(message)\n")
    }

    /// Options nobody recognised: the CLI prints the usage and `Unknown options: a, b`.
    public static func unknownOptions(_ options: [String], suggestion: String? = nil) -> CLIError {
        var text = usageBlock + "\nUnknown options: \(options.joined(separator: ", "))\n"
        if let suggestion { text += "\nDid you mean \(suggestion)?\n" }
        return CLIError(.usage, stderr: text)
    }

    /// `Error parsing parameter '--x': ...` (exit 252).
    public static func parsingParameter(_ cliName: String, _ message: String) -> CLIError {
        CLIError(.parameter, stderr: "\nError parsing parameter '\(cliName)': \(message)\n")
    }

    /// botocore's client-side validation (exit 252).
    public static func validation(_ problems: [String]) -> CLIError {
        CLIError(.parameter, stderr: "\nParameter validation failed:\n" + problems.joined(separator: "\n") + "\n")
    }

    /// A service error as `An error occurred (Code) when calling the Op operation: Message`.
    public static func service(code: String, operation: String, message: String) -> CLIError {
        CLIError(.service, stderr: "\n" + serviceMessage(code: code, operation: operation, message: message) + "\n")
    }

    public static func serviceMessage(code: String, operation: String, message: String) -> String {
        "An error occurred (\(code)) when calling the \(operation) operation: \(message)"
    }

    public static func configuration(_ message: String) -> CLIError {
        CLIError(.configuration, stderr: "\n\(message)\n")
    }

    public static func other(_ message: String) -> CLIError {
        CLIError(.other, stderr: "\n\(message)\n")
    }
}
