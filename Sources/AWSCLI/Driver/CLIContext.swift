import Engine
import Foundation

/// Everything an `aws` command runs against: the simulated cloud, the learner's files,
/// environment and CLI configuration, and standard input.
public final class CLIContext {
    public let cloud: Cloud
    public let fileSystem: any LocalFileSystem
    public var environment: [String: String]
    public var configuration: CLIConfiguration
    /// Standard input (for `aws s3 cp - s3://...` and `aws configure` without a terminal).
    public var stdin: Data
    /// Asks the learner a question and returns the line typed (interactive `aws configure`);
    /// nil when there is no terminal, in which case lines are read from `stdin`.
    public var prompt: ((String) -> String?)?

    public init(cloud: Cloud, fileSystem: any LocalFileSystem, environment: [String: String] = [:],
                configuration: CLIConfiguration = CLIConfiguration(), stdin: Data = Data()) {
        self.cloud = cloud
        self.fileSystem = fileSystem
        self.environment = environment
        self.configuration = configuration
        self.stdin = stdin
    }
}
