import AWSCLI
import Engine
import Foundation

/// A learner's working session: the simulated cloud, the workspace, the shell that runs
/// their command lines (with `aws` registered in it) and their CLI configuration.
public final class LabSession {
    public let cloud: Cloud
    public let shell: Shell
    public let fileSystem: any LocalFileSystem
    public var configuration: CLIConfiguration
    /// Environment variables the `aws` command sees (region and output overrides, profile).
    public var environment: [String: String]
    /// Asks the learner a question (interactive `aws configure`); nil without a terminal.
    public var prompt: ((String) -> String?)?

    public init(cloud: Cloud, fileSystem: any LocalFileSystem, configuration: CLIConfiguration = CLIConfiguration(),
                environment: [String: String] = [:]) {
        self.cloud = cloud
        self.fileSystem = fileSystem
        self.configuration = configuration
        self.environment = environment
        let clockOwner = ClockBridge(cloud: cloud)
        self.shell = Shell(fileSystem: fileSystem, environment: environment,
                           sleep: { seconds in clockOwner.sleep(seconds) },
                           now: { clockOwner.now })
        shell.register("aws") { [unowned self] args, io, shell in
            self.runAWS(args, io: &io, shell: shell)
        }
    }

    /// Runs one logical command line.
    public func run(_ line: String) -> ShellResult {
        shell.run(line)
    }

    /// The region an `aws` command without `--region` uses here, as the CLI chooses it:
    /// `AWS_REGION`, `AWS_DEFAULT_REGION`, then the profile's region (us-east-1 when none).
    public var region: String {
        let variables = shell.variables
        let chosen = variables["AWS_REGION"] ?? environment["AWS_REGION"]
            ?? variables["AWS_DEFAULT_REGION"] ?? environment["AWS_DEFAULT_REGION"]
        if let chosen, !chosen.isEmpty { return chosen }
        let profile = variables["AWS_PROFILE"] ?? environment["AWS_PROFILE"] ?? "default"
        return configuration.value("region", profile: profile) ?? "us-east-1"
    }

    private func runAWS(_ args: [String], io: inout ShellIO, shell: Shell) -> Int32 {
        var env = environment
        for (k, v) in shell.variables where k.hasPrefix("AWS_") { env[k] = v }
        let context = CLIContext(cloud: cloud, fileSystem: fileSystem, environment: env,
                                 configuration: configuration, stdin: io.stdin)
        context.prompt = prompt
        let result = AWSCommandLine.run(args, context: context)
        configuration = context.configuration
        io.stdout.append(result.stdout)
        io.stderr.append(result.stderr)
        return result.exitCode
    }
}

/// Lets the shell's `sleep` and file times use the cloud's virtual clock.
final class ClockBridge {
    unowned let cloud: Cloud
    init(cloud: Cloud) { self.cloud = cloud }
    func sleep(_ seconds: Double) { cloud.advance(by: seconds) }
    var now: Double { cloud.clock.now }
}
