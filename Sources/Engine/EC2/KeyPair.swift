/// An EC2 key pair as EC2 keeps it: the public half only (the private key of a created
/// key pair is handed out once and never stored), with its fingerprint and tags.
struct KeyPair: Codable, Equatable, Sendable {
    var id: String
    var name: String
    var type: KeyPairType
    var fingerprint: String
    /// The public key in OpenSSH format (`ssh-rsa AAAA... name`).
    var publicKey: String
    var createdAt: Double
    var region: String
    var tags: [EC2Tag]
    /// Creation order, for listing.
    var serial: Int

    /// The key pair as `DescribeKeyPairs` shows it (`KeyPairInfo`): never the private key.
    func info(includePublicKey: Bool) -> Value {
        var out: Value = [
            "KeyPairId": .string(id),
            "KeyType": .string(type.rawValue),
            "Tags": .array(tags.map(\.asValue)),
        ]
        if includePublicKey { out["PublicKey"] = .string(publicKey) }
        out["CreateTime"] = .double(createdAt)
        out["KeyName"] = .string(name)
        out["KeyFingerprint"] = .string(fingerprint)
        return out
    }
}
