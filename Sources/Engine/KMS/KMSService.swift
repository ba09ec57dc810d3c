/// AWS Key Management Service: customer managed and AWS managed keys, aliases, real
/// AES-256-GCM encryption of plaintexts and data keys, key states (disabled, pending
/// deletion on the virtual clock), rotation, key policies, tags, and signing with
/// asymmetric keys. S3 uses it for SSE-KMS.
public final class KMSService: ServiceEngine {
    public static let serviceName = "kms"

    /// Keys by key id (UUIDs are unique across regions).
    var keys: [String: KMSKey] = [:]
    /// Key ids in creation order (ListKeys).
    var keyOrder: [String] = []
    /// Aliases by `region/alias-name`.
    var aliases: [String: KMSAlias] = [:]

    public init() {}

    private enum CodingKeys: String, CodingKey { case keys, keyOrder, aliases }

    /// Operations with a `DryRun` member: they are checked in full, then answer
    /// `DryRunOperationException` without using any randomness.
    static let dryRunOperations: Set<String> = ["Encrypt", "Decrypt", "ReEncrypt", "GenerateDataKey",
                                                "GenerateDataKeyWithoutPlaintext", "Sign", "Verify"]

    public func perform(_ operation: String, _ input: Value, context: RequestContext) throws -> Value {
        guard input.bool("DryRun") == true, Self.dryRunOperations.contains(operation) else {
            return try dispatch(operation, input, context)
        }
        let ids = context.cloud.ids
        defer { context.cloud.ids = ids }
        _ = try dispatch(operation, input, context)
        throw AWSError("DryRunOperationException", "The request would have succeeded, but the DryRun option is set.",
                       status: 412)
    }

    private func dispatch(_ operation: String, _ input: Value, _ context: RequestContext) throws -> Value {
        switch operation {
        // Keys
        case "CreateKey": return try createKey(input, context)
        case "DescribeKey": return try describeKey(input, context)
        case "ListKeys": return try listKeys(input, context)
        case "UpdateKeyDescription": return try updateKeyDescription(input, context)
        case "EnableKey": return try enableKey(input, context)
        case "DisableKey": return try disableKey(input, context)
        case "ScheduleKeyDeletion": return try scheduleKeyDeletion(input, context)
        case "CancelKeyDeletion": return try cancelKeyDeletion(input, context)
        // Rotation
        case "EnableKeyRotation": return try enableKeyRotation(input, context)
        case "DisableKeyRotation": return try disableKeyRotation(input, context)
        case "GetKeyRotationStatus": return try getKeyRotationStatus(input, context)
        // Aliases
        case "CreateAlias": return try createAlias(input, context)
        case "UpdateAlias": return try updateAlias(input, context)
        case "DeleteAlias": return try deleteAlias(input, context)
        case "ListAliases": return try listAliases(input, context)
        // Cryptography
        case "Encrypt": return try encrypt(input, context)
        case "Decrypt": return try decrypt(input, context)
        case "ReEncrypt": return try reEncrypt(input, context)
        case "GenerateDataKey": return try generateDataKey(input, context, withPlaintext: true)
        case "GenerateDataKeyWithoutPlaintext": return try generateDataKey(input, context, withPlaintext: false)
        case "GenerateRandom": return try generateRandom(input, context)
        case "Sign": return try sign(input, context)
        case "Verify": return try verify(input, context)
        case "GetPublicKey": return try getPublicKey(input, context)
        // Policies and tags
        case "GetKeyPolicy": return try getKeyPolicy(input, context)
        case "PutKeyPolicy": return try putKeyPolicy(input, context)
        case "ListKeyPolicies": return try listKeyPolicies(input, context)
        case "TagResource": return try tagResource(input, context)
        case "UntagResource": return try untagResource(input, context)
        case "ListResourceTags": return try listResourceTags(input, context)
        default: throw AWSError.notSimulated(service: Self.serviceName, operation: operation)
        }
    }

    public func handle(_ event: ScheduledEvent, cloud: Cloud) {
        switch event.name {
        case Self.deleteKeyEvent: finishDeletion(event)
        case Self.rotateKeyEvent: rotate(event, cloud: cloud)
        default: break
        }
    }

    // MARK: Codable

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        keys = try c.decode([String: KMSKey].self, forKey: .keys)
        keyOrder = try c.decode([String].self, forKey: .keyOrder)
        aliases = try c.decode([String: KMSAlias].self, forKey: .aliases)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(keys, forKey: .keys)
        try c.encode(keyOrder, forKey: .keyOrder)
        try c.encode(aliases, forKey: .aliases)
    }
}
