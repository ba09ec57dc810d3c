import Foundation

/// Encrypt, Decrypt, ReEncrypt, GenerateDataKey(WithoutPlaintext) and GenerateRandom.
extension KMSService {
    static let symmetricAlgorithm = "SYMMETRIC_DEFAULT"

    func encrypt(_ input: Value, _ context: RequestContext) throws -> Value {
        let key = try usableKey(try requiredString(input, "KeyId"), context, usage: KMSKeySpec.encryptDecrypt,
                                operation: "Encrypt")
        let plaintext = try Self.blob(input, "Plaintext", max: 4096)
        let encryptionContext = Self.encryptionContext(input, "EncryptionContext")
        let (blob, algorithm) = try seal(plaintext, key: key, algorithm: input.string("EncryptionAlgorithm"),
                                         encryptionContext: encryptionContext, context)
        return Value.kmsObject([
            ("CiphertextBlob", .blob(blob)), ("KeyId", .string(key.arn)), ("EncryptionAlgorithm", .string(algorithm)),
        ])
    }

    func decrypt(_ input: Value, _ context: RequestContext) throws -> Value {
        let blob = try Self.blob(input, "CiphertextBlob", max: 6144)
        let opened = try open(blob, keyReference: input.string("KeyId"), algorithm: input.string("EncryptionAlgorithm"),
                              encryptionContext: Self.encryptionContext(input, "EncryptionContext"), context)
        var out: [(String, Value)] = [
            ("KeyId", .string(opened.key.arn)), ("Plaintext", .blob(opened.plaintext)),
            ("EncryptionAlgorithm", .string(opened.algorithm)),
        ]
        if let materialId = opened.materialId { out.append(("KeyMaterialId", .string(materialId))) }
        return Value.kmsObject(out)
    }

    func reEncrypt(_ input: Value, _ context: RequestContext) throws -> Value {
        let blob = try Self.blob(input, "CiphertextBlob", max: 6144)
        let opened = try open(blob, keyReference: input.string("SourceKeyId"),
                              algorithm: input.string("SourceEncryptionAlgorithm"),
                              encryptionContext: Self.encryptionContext(input, "SourceEncryptionContext"), context)
        let destination = try usableKey(try requiredString(input, "DestinationKeyId"), context,
                                        usage: KMSKeySpec.encryptDecrypt, operation: "ReEncrypt")
        let (sealed, algorithm) = try seal(opened.plaintext, key: destination,
                                           algorithm: input.string("DestinationEncryptionAlgorithm"),
                                           encryptionContext: Self.encryptionContext(input, "DestinationEncryptionContext"),
                                           context)
        var out: [(String, Value)] = [
            ("CiphertextBlob", .blob(sealed)), ("SourceKeyId", .string(opened.key.arn)),
            ("KeyId", .string(destination.arn)), ("SourceEncryptionAlgorithm", .string(opened.algorithm)),
            ("DestinationEncryptionAlgorithm", .string(algorithm)),
        ]
        if let materialId = opened.materialId { out.append(("SourceKeyMaterialId", .string(materialId))) }
        if destination.spec == .symmetricDefault, let current = destination.materialIds.last {
            out.append(("DestinationKeyMaterialId", .string(current)))
        }
        return Value.kmsObject(out)
    }

    /// A data key for envelope encryption: random bytes, returned in plaintext (unless
    /// `withPlaintext` is false) and encrypted under the KMS key.
    func generateDataKey(_ input: Value, _ context: RequestContext, withPlaintext: Bool) throws -> Value {
        let operation = withPlaintext ? "GenerateDataKey" : "GenerateDataKeyWithoutPlaintext"
        let key = try usableKey(try requiredString(input, "KeyId"), context, usage: KMSKeySpec.encryptDecrypt,
                                operation: operation)
        guard key.spec == .symmetricDefault else {
            throw KMSErrors.invalidKeyUsage(key.arn, usage: key.spec.rawValue, operation: operation)
        }
        let length = try Self.dataKeyLength(input)
        let plaintext = KMSKeyMaterial.randomBytes(length, &context.cloud.ids)
        let blob = try KMSCiphertext.seal(plaintext, key: key, context: Self.encryptionContext(input, "EncryptionContext"),
                                          ids: &context.cloud.ids)
        var out: [(String, Value)] = [("CiphertextBlob", .blob(blob))]
        if withPlaintext { out.append(("Plaintext", .blob(plaintext))) }
        out.append(("KeyId", .string(key.arn)))
        if let current = key.materialIds.last { out.append(("KeyMaterialId", .string(current))) }
        return Value.kmsObject(out)
    }

    func generateRandom(_ input: Value, _ context: RequestContext) throws -> Value {
        guard let count = input.int("NumberOfBytes") else {
            throw KMSErrors.validation("Please specify number of bytes.")
        }
        guard (1...1024).contains(count) else {
            throw KMSErrors.constraint(String(count), "numberOfBytes", "Member must have value less than or equal to 1024")
        }
        return ["Plaintext": .blob(KMSKeyMaterial.randomBytes(count, &context.cloud.ids))]
    }

    // MARK: Sealing and opening

    /// Encrypts under a key: AES-GCM for symmetric keys, RSA-OAEP for RSA keys.
    func seal(_ plaintext: Data, key: KMSKey, algorithm: String?, encryptionContext: [(String, String)],
              _ context: RequestContext) throws -> (Data, String) {
        if key.spec == .symmetricDefault {
            if let algorithm, algorithm != Self.symmetricAlgorithm {
                throw KMSErrors.invalidKeyUsage(key.arn, usage: key.spec.rawValue, operation: algorithm)
            }
            let blob = try KMSCiphertext.seal(plaintext, key: key, context: encryptionContext, ids: &context.cloud.ids)
            return (blob, Self.symmetricAlgorithm)
        }
        let chosen = try rsaAlgorithm(algorithm, key)
        return (try KMSAsymmetric.encrypt(plaintext, key: key, algorithm: chosen), chosen)
    }

    struct Opened {
        var key: KMSKey
        var plaintext: Data
        var algorithm: String
        var materialId: String?
    }

    /// Decrypts a blob. Symmetric blobs name their key; asymmetric ones need `keyReference`.
    func open(_ blob: Data, keyReference: String?, algorithm: String?, encryptionContext: [(String, String)],
              _ context: RequestContext) throws -> Opened {
        let named = try keyReference.map { try key($0, context) }
        if let named, named.spec.isRSA {
            try Self.checkUsable(named)
            guard named.usage == KMSKeySpec.encryptDecrypt else {
                throw KMSErrors.invalidKeyUsage(named.arn, usage: named.usage, operation: "Decrypt")
            }
            let chosen = try rsaAlgorithm(algorithm, named)
            guard let plaintext = KMSAsymmetric.decrypt(blob, key: named, algorithm: chosen) else {
                throw KMSErrors.invalidCiphertext()
            }
            return Opened(key: named, plaintext: plaintext, algorithm: chosen, materialId: nil)
        }
        if let algorithm, algorithm != Self.symmetricAlgorithm { throw KMSErrors.invalidCiphertext() }
        guard let ciphertext = KMSCiphertext(blob: blob) else { throw KMSErrors.invalidCiphertext() }
        if let named, named.id != ciphertext.keyId { throw KMSErrors.incorrectKey() }
        guard let key = keys[ciphertext.keyId], key.region == context.region else {
            throw KMSErrors.keyNotFound(keyArn(ciphertext.keyId, context))
        }
        try Self.checkUsable(key)
        guard let plaintext = ciphertext.open(with: key, context: encryptionContext) else {
            throw KMSErrors.invalidCiphertext()
        }
        let materialId = key.materialIds.indices.contains(ciphertext.materialIndex)
            ? key.materialIds[ciphertext.materialIndex] : nil
        return Opened(key: key, plaintext: plaintext, algorithm: Self.symmetricAlgorithm, materialId: materialId)
    }

    private func rsaAlgorithm(_ algorithm: String?, _ key: KMSKey) throws -> String {
        let allowed = key.spec.encryptionAlgorithms(usage: key.usage)
        guard let algorithm else {
            throw KMSErrors.validation("EncryptionAlgorithm is required for asymmetric KMS keys: one of "
                                       + allowed.joined(separator: ", "))
        }
        guard allowed.contains(algorithm) else {
            throw KMSErrors.invalidKeyUsage(key.arn, usage: key.spec.rawValue, operation: algorithm)
        }
        return algorithm
    }

    // MARK: Inputs

    /// A required blob member within the model's length limits.
    static func blob(_ input: Value, _ name: String, max: Int) throws -> Data {
        guard let data = input[name]?.blobValue else {
            throw KMSErrors.validation("1 validation error detected: Value null at '\(lowerFirst(name))' "
                                       + "failed to satisfy constraint: Member must not be null")
        }
        guard !data.isEmpty, data.count <= max else {
            throw KMSErrors.constraint("java.nio.HeapByteBuffer[pos=0 lim=\(data.count) cap=\(data.count)]",
                                       lowerFirst(name),
                                       data.isEmpty ? "Member must have length greater than or equal to 1"
                                                    : "Member must have length less than or equal to \(max)")
        }
        return data
    }

    /// The pairs of an `EncryptionContext` map.
    static func encryptionContext(_ input: Value, _ name: String) -> [(String, String)] {
        guard let map = input[name]?.objectValue else { return [] }
        return map.compactMap { k, v in v.stringValue.map { (k, $0) } }
    }

    /// `KeySpec` (AES_256, AES_128) or `NumberOfBytes` (1-1024): exactly one.
    static func dataKeyLength(_ input: Value) throws -> Int {
        let spec = input.string("KeySpec")
        let count = input.int("NumberOfBytes")
        switch (spec, count) {
        case (nil, nil), (.some, .some):
            throw KMSErrors.validation("Please specify either number of bytes or key spec.")
        case (.some(let spec), nil):
            switch spec {
            case "AES_256": return 32
            case "AES_128": return 16
            default:
                throw KMSErrors.constraint(spec, "keySpec", "Member must satisfy enum value set: [AES_256, AES_128]")
            }
        case (nil, .some(let count)):
            guard (1...1024).contains(count) else {
                throw KMSErrors.constraint(String(count), "numberOfBytes",
                                           "Member must have value less than or equal to 1024")
            }
            return count
        }
    }
}
