import Engine
import Foundation
import JSONValue

/// The `aws` command: parses a command line the way AWS CLI v2 does, calls the simulated
/// cloud, and prints what the CLI prints, with its exit codes.
public enum AWSCommandLine {
    /// What `aws --version` prints in the lab.
    public static let versionString = "aws-cli/2.27.50 Python/3.13.4 Linux/lab exe/x86_64.lab prompt/off"

    /// Runs one `aws` command line (the words after `aws`).
    public static func run(_ args: [String], context: CLIContext) -> CLIResult {
        do {
            return try execute(args, context: context)
        } catch {
            return CLIResult(error: error)
        }
    }

    /// Commands the lab offers besides the service models.
    static let builtinCommands = ["configure", "s3", "help"]

    /// Every top-level command name, sorted.
    public static var commandNames: [String] {
        (ModelCatalog.shared.serviceNames + builtinCommands.filter { $0 != "help" }).sorted()
    }

    static func execute(_ args: [String], context: CLIContext) throws(CLIError) -> CLIResult {
        let (globals, rest) = try GlobalOptions.extract(from: args)
        if globals.version && rest.isEmpty {
            return CLIResult(stdout: Data((versionString + "\n").utf8))
        }
        guard let command = rest.first else {
            throw CLIError.usage("the following arguments are required: command")
        }
        let tail = Array(rest.dropFirst())
        let session = CLISession(globals: globals, context: context)
        switch command {
        case "help":
            return CLIResult(stdout: Data(HelpText.top().utf8))
        case "configure":
            return try ConfigureCommand.run(tail, session: session)
        default:
            break
        }
        if let handler = highLevelCommands[command] {
            return try handler(tail, session)
        }
        guard let model = ModelCatalog.shared.model(command) else {
            if ModelCatalog.shared.isOtherAWSCommand(command) { throw CLIError.notSimulated(command, choices: commandNames) }
            throw CLIError.usage(CloseMatches.invalidChoiceMessage(argument: "command", value: command, choices: commandNames))
        }
        guard let opName = tail.first else {
            throw CLIError.usage("the following arguments are required: operation")
        }
        if opName == "help" {
            return CLIResult(stdout: Data(HelpText.service(model).utf8))
        }
        guard let operation = model.operationsByCLIName[opName] else {
            if model.otherOperationNames.contains(opName) {
                throw CLIError.notSimulated("\(command) \(opName)", choices: model.cliOperationNames)
            }
            throw CLIError.usage(CloseMatches.invalidChoiceMessage(argument: "operation", value: opName, choices: model.cliOperationNames))
        }
        return try OperationCommand(model: model, operation: operation, session: session).run(Array(tail.dropFirst()))
    }

    /// High-level commands that are not service models (`aws s3 ...`).
    static var highLevelCommands: [String: (_ args: [String], _ session: CLISession) throws(CLIError) -> CLIResult] {
        ["s3": S3Command.run]
    }
}
