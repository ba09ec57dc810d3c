/// An AWS region the simulated cloud offers, with its Availability Zones.
public struct Region: Sendable, Hashable, Codable {
    public var name: String
    public var displayName: String
    public var zoneIds: [String]
    /// Zone names: the region name followed by a letter (`us-east-1a`).
    public var zones: [String]

    public init(_ name: String, _ displayName: String, zoneLetters: String, zoneIdPrefix: String) {
        self.name = name
        self.displayName = displayName
        self.zones = zoneLetters.map { "\(name)\($0)" }
        self.zoneIds = (1...zoneLetters.count).map { "\(zoneIdPrefix)-az\($0)" }
    }

    /// The regions of the lab, as AWS names them.
    public static let all: [Region] = [
        Region("us-east-1", "US East (N. Virginia)", zoneLetters: "abcdef", zoneIdPrefix: "use1"),
        Region("us-east-2", "US East (Ohio)", zoneLetters: "abc", zoneIdPrefix: "use2"),
        Region("us-west-1", "US West (N. California)", zoneLetters: "abc", zoneIdPrefix: "usw1"),
        Region("us-west-2", "US West (Oregon)", zoneLetters: "abcd", zoneIdPrefix: "usw2"),
        Region("ca-central-1", "Canada (Central)", zoneLetters: "abd", zoneIdPrefix: "cac1"),
        Region("eu-west-1", "Europe (Ireland)", zoneLetters: "abc", zoneIdPrefix: "euw1"),
        Region("eu-west-2", "Europe (London)", zoneLetters: "abc", zoneIdPrefix: "euw2"),
        Region("eu-central-1", "Europe (Frankfurt)", zoneLetters: "abc", zoneIdPrefix: "euc1"),
        Region("ap-south-1", "Asia Pacific (Mumbai)", zoneLetters: "abc", zoneIdPrefix: "aps1"),
        Region("ap-southeast-1", "Asia Pacific (Singapore)", zoneLetters: "abc", zoneIdPrefix: "apse1"),
        Region("ap-southeast-2", "Asia Pacific (Sydney)", zoneLetters: "abc", zoneIdPrefix: "apse2"),
        Region("ap-northeast-1", "Asia Pacific (Tokyo)", zoneLetters: "acd", zoneIdPrefix: "apne1"),
        Region("sa-east-1", "South America (Sao Paulo)", zoneLetters: "abc", zoneIdPrefix: "sae1"),
    ]

    private static let byName: [String: Region] = Dictionary(uniqueKeysWithValues: all.map { ($0.name, $0) })

    public static func named(_ name: String) -> Region? { byName[name] }
}
