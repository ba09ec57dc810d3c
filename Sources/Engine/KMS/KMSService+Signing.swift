import Foundation

/// Sign, Verify and GetPublicKey for asymmetric keys (`RAW` messages).
extension KMSService {
    func sign(_ input: Value, _ context: RequestContext) throws -> Value {
        let key = try usableKey(try requiredString(input, "KeyId"), context, usage: KMSKeySpec.signVerify, operation: "Sign")
        let message = try Self.blob(input, "Message", max: 4096)
        let algorithm = try signingAlgorithm(input, key)
        let signature = try KMSAsymmetric.sign(message, key: key, algorithm: algorithm)
        return Value.kmsObject([
            ("KeyId", .string(key.arn)), ("Signature", .blob(signature)), ("SigningAlgorithm", .string(algorithm)),
        ])
    }

    /// A signature that does not match is an error (`KMSInvalidSignatureException`), as on AWS.
    func verify(_ input: Value, _ context: RequestContext) throws -> Value {
        let key = try usableKey(try requiredString(input, "KeyId"), context, usage: KMSKeySpec.signVerify, operation: "Verify")
        let message = try Self.blob(input, "Message", max: 4096)
        let signature = try Self.blob(input, "Signature", max: 6144)
        let algorithm = try signingAlgorithm(input, key)
        guard KMSAsymmetric.verify(signature, message: message, key: key, algorithm: algorithm) else {
            throw KMSErrors.invalidSignature()
        }
        return Value.kmsObject([
            ("KeyId", .string(key.arn)), ("SignatureValid", true), ("SigningAlgorithm", .string(algorithm)),
        ])
    }

    func getPublicKey(_ input: Value, _ context: RequestContext) throws -> Value {
        let key = try key(input, context)
        try Self.checkUsable(key)
        guard key.spec.isAsymmetric else {
            throw KMSErrors.unsupported("\(key.arn) key usage or key spec does not support GetPublicKey.")
        }
        var out: [(String, Value)] = [
            ("KeyId", .string(key.arn)), ("PublicKey", .blob(try KMSAsymmetric.publicKeyDER(key))),
            ("CustomerMasterKeySpec", .string(key.spec.rawValue)), ("KeySpec", .string(key.spec.rawValue)),
            ("KeyUsage", .string(key.usage)),
        ]
        let encryption = key.spec.encryptionAlgorithms(usage: key.usage)
        if !encryption.isEmpty { out.append(("EncryptionAlgorithms", .array(encryption.map(Value.string)))) }
        let signing = key.spec.signingAlgorithms(usage: key.usage)
        if !signing.isEmpty { out.append(("SigningAlgorithms", .array(signing.map(Value.string)))) }
        if key.usage == KMSKeySpec.keyAgreement { out.append(("KeyAgreementAlgorithms", ["ECDH"])) }
        return Value.kmsObject(out)
    }

    private func signingAlgorithm(_ input: Value, _ key: KMSKey) throws -> String {
        if let type = input.string("MessageType"), type != "RAW" {
            throw AWSError.notSimulated(service: Self.serviceName, operation: "MessageType \(type)")
        }
        let algorithm = try requiredString(input, "SigningAlgorithm")
        guard key.spec.signingAlgorithms(usage: key.usage).contains(algorithm) else {
            throw KMSErrors.invalidKeyUsage(key.arn, usage: key.spec.rawValue, operation: algorithm)
        }
        return algorithm
    }
}
