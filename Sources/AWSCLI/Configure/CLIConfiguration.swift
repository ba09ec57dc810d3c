/// The learner's AWS CLI configuration: what `~/.aws/config` and `~/.aws/credentials`
/// hold on a real machine, kept per learner by the lab. A fresh learner has the lab's
/// credentials and region `us-east-1` in the default profile, like a freshly configured CLI.
public struct CLIConfiguration: Sendable, Codable, Equatable {
    /// Settings by profile name, then by key (`region`, `output`, `aws_access_key_id`, ...).
    public var profiles: [String: [String: String]]

    public static let credentialKeys: Set<String> = ["aws_access_key_id", "aws_secret_access_key", "aws_session_token"]
    public static let labAccessKeyId = "AKIAX2LABLEARNER7EXM"
    public static let labSecretAccessKey = "lab/Learner+SecretKey+0123456789EXAMPLEKEY"

    public init(profiles: [String: [String: String]]? = nil) {
        self.profiles = profiles ?? [
            "default": [
                "aws_access_key_id": Self.labAccessKeyId,
                "aws_secret_access_key": Self.labSecretAccessKey,
                "region": "us-east-1",
            ],
        ]
    }

    public func value(_ key: String, profile: String) -> String? { profiles[profile]?[key] }

    public mutating func set(_ key: String, _ value: String, profile: String) {
        profiles[profile, default: [:]][key] = value
    }

    public var profileNames: [String] { profiles.keys.sorted() }
}
