import Foundation

/// One KMS key: its metadata, its state and its key material. Symmetric and HMAC keys keep
/// every generation of secret bytes (rotation adds one); asymmetric keys keep their private
/// key (DER for RSA, the raw scalar for ECC).
struct KMSKey: Codable, Sendable {
    var id: String
    var region: String
    var arn: String
    var createdAt: Double
    var description: String
    var usage: String
    var spec: KMSKeySpec
    var state: KMSKeyState = .enabled
    /// `CUSTOMER` for keys the learner creates, `AWS` for AWS managed keys (`aws/s3`).
    var manager: String
    var deletionDate: Double?
    /// Key material, oldest first; the last one encrypts.
    var materials: [Data]
    /// The id of each key material (64 hex digits), parallel to `materials`.
    var materialIds: [String]
    var rotationEnabled = false
    var rotationPeriodInDays: Int?
    var nextRotationDate: Double?
    var policy: String
    var tags: [KMSTag] = []

    var isAWSManaged: Bool { manager == "AWS" }
    var currentMaterialIndex: Int { materials.count - 1 }

    /// The `KeyMetadata` structure, members in the order of the API model.
    func metadata(accountId: String) -> Value {
        var out: [(String, Value)] = [
            ("AWSAccountId", .string(accountId)),
            ("KeyId", .string(id)),
            ("Arn", .string(arn)),
            ("CreationDate", .double(createdAt)),
            ("Enabled", .bool(state == .enabled)),
            ("Description", .string(description)),
            ("KeyUsage", .string(usage)),
            ("KeyState", .string(state.rawValue)),
        ]
        if let deletionDate { out.append(("DeletionDate", .double(deletionDate))) }
        out.append(("Origin", "AWS_KMS"))
        out.append(("KeyManager", .string(manager)))
        out.append(("CustomerMasterKeySpec", .string(spec.rawValue)))
        out.append(("KeySpec", .string(spec.rawValue)))
        let encryption = spec.encryptionAlgorithms(usage: usage)
        if !encryption.isEmpty { out.append(("EncryptionAlgorithms", .array(encryption.map(Value.string)))) }
        let signing = spec.signingAlgorithms(usage: usage)
        if !signing.isEmpty { out.append(("SigningAlgorithms", .array(signing.map(Value.string)))) }
        if usage == KMSKeySpec.keyAgreement { out.append(("KeyAgreementAlgorithms", ["ECDH"])) }
        out.append(("MultiRegion", false))
        if !spec.macAlgorithms.isEmpty { out.append(("MacAlgorithms", .array(spec.macAlgorithms.map(Value.string)))) }
        if spec == .symmetricDefault, let current = materialIds.last {
            out.append(("CurrentKeyMaterialId", .string(current)))
        }
        return Value.kmsObject(out)
    }
}
