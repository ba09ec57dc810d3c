/// Amazon EC2, the parts the lab simulates so far: key pairs (created with real RSA or
/// ED25519 keys, or imported from an OpenSSH public key) and the tags of EC2 resources.
/// Every region has its own key pairs.
public final class EC2Service: ServiceEngine, Codable {
    public static let serviceName = "ec2"

    /// Key pairs of every region, oldest first.
    var keyPairs: [KeyPair] = []
    var nextSerial = 1

    public init() {}

    private enum CodingKeys: String, CodingKey { case keyPairs, nextSerial }

    public func perform(_ operation: String, _ input: Value, context: RequestContext) throws -> Value {
        if input["DryRun"]?.boolValue == true {
            throw AWSError("DryRunOperation", "Request would have succeeded, but DryRun flag is set.", status: 412)
        }
        switch operation {
        case "CreateKeyPair": return try createKeyPair(input, context)
        case "ImportKeyPair": return try importKeyPair(input, context)
        case "DescribeKeyPairs": return try describeKeyPairs(input, context)
        case "DeleteKeyPair": return try deleteKeyPair(input, context)
        case "CreateTags": return try createTags(input, context)
        case "DeleteTags": return try deleteTags(input, context)
        case "DescribeTags": return try describeTags(input, context)
        default: throw AWSError.notSimulated(service: Self.serviceName, operation: operation)
        }
    }

    // MARK: - Finding key pairs

    /// The key pairs of a region, oldest first.
    func keyPairs(in region: String) -> [KeyPair] {
        keyPairs.filter { $0.region == region }
    }

    func keyPairIndex(name: String, region: String) -> Int? {
        keyPairs.firstIndex { $0.region == region && $0.name == name }
    }

    func keyPairIndex(id: String, region: String) -> Int? {
        keyPairs.firstIndex { $0.region == region && $0.id == id }
    }
}
