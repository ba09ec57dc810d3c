/// What an EC2 resource id names, from its prefix, and the error EC2 gives when no resource
/// has it. Key pairs are the only resources simulated so far; an id of another kind that
/// is well formed names a resource that does not exist.
enum EC2ResourceID {
    /// The `ResourceType` of a key pair id, as `DescribeTags` shows it.
    static let keyPairType = "key-pair"

    /// Whether the id is `prefix-` and 8 or 17 lower-case hex digits.
    static func isWellFormed(_ id: String, prefix: String) -> Bool {
        guard id.hasPrefix(prefix + "-") else { return false }
        let digits = id.dropFirst(prefix.count + 1)
        return (digits.count == 8 || digits.count == 17) && digits.allSatisfy { $0.isHexDigit && !$0.isUppercase }
    }

    /// The error for an id that names no resource of this region.
    static func notFound(_ id: String) -> AWSError {
        for (prefix, error) in notFoundErrors where isWellFormed(id, prefix: prefix) { return error(id) }
        return EC2Errors.invalidID(id)
    }

    /// EC2's not-found error of each resource kind, by id prefix.
    private static let notFoundErrors: [(String, @Sendable (String) -> AWSError)] = [
        ("key", EC2Errors.keyPairNotFound),
        ("i", EC2Errors.instanceNotFound),
        ("ami", EC2Errors.imageNotFound),
        ("vol", { AWSError("InvalidVolume.NotFound", "The volume '\($0)' does not exist.") }),
        ("sg", { AWSError("InvalidGroup.NotFound", "The security group '\($0)' does not exist") }),
        ("vpc", { AWSError("InvalidVpcID.NotFound", "The vpc ID '\($0)' does not exist") }),
        ("subnet", { AWSError("InvalidSubnetID.NotFound", "The subnet ID '\($0)' does not exist") }),
    ]
}
