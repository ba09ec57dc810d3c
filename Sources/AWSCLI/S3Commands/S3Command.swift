import Foundation

/// `aws s3 ...`: the AWS CLI's high-level S3 commands (`ls`, `cp`, `mv`, `rm`, `sync`,
/// `mb`, `rb`, `presign`, `website`), built on the S3 API of the simulated cloud and
/// printing exactly what AWS CLI v2 prints, with its exit codes.
public enum S3Command {
    /// Runs `aws s3 <subcommand> ...` (the words after `s3`).
    public static func run(_ args: [String], session: CLISession) throws(CLIError) -> CLIResult {
        guard let name = args.first, !GlobalOptions.isOptionLike(name) else {
            if !args.isEmpty { throw CLIError(.usage, stderr: "\nUnknown options: \(args.joined(separator: ","))\n") }
            throw S3TransferParameters.invalid(
                "usage: aws [options] <command> <subcommand> [parameters]\naws: error: too few arguments")
        }
        let tail = Array(args.dropFirst())
        switch name {
        case "help": return CLIResult(stdout: Data(S3Help.overview.utf8))
        case "ls": return try S3ListCommand(session: session).run(tail)
        case "cp": return try S3TransferCommand(spec: .cp, session: session).run(tail)
        case "mv": return try S3TransferCommand(spec: .mv, session: session).run(tail)
        case "rm": return try S3TransferCommand(spec: .rm, session: session).run(tail)
        case "sync": return try S3TransferCommand(spec: .sync, session: session).run(tail)
        case "mb": return try S3BucketCommands(session: session).makeBucket(tail)
        case "rb": return try S3BucketCommands(session: session).removeBucket(tail)
        case "presign": return try S3PresignCommand(session: session).run(tail)
        case "website": return try S3WebsiteCommand(session: session).run(tail)
        default:
            throw CLIError.usage(CloseMatches.invalidChoiceMessage(
                argument: "subcommand", value: name, choices: S3CommandSpec.all.map(\.name)))
        }
    }

    /// The subcommand names, in the order the CLI lists them.
    public static var subcommandNames: [String] { S3CommandSpec.all.map(\.name) }

    /// The region S3 calls go to: the configured one, else us-east-1 (an S3 client without a
    /// region still works, through the global endpoint).
    static func region(_ session: CLISession) -> String {
        (try? session.region()) ?? "us-east-1"
    }
}
