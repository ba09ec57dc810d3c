import Crypto
import _CryptoExtras
import Foundation

/// The asymmetric operations of RSA and ECC keys: RSA-OAEP encryption, RSA and ECDSA
/// signatures, and the public key in DER (SubjectPublicKeyInfo) as GetPublicKey returns it.
enum KMSAsymmetric {
    // MARK: Encryption

    static func encrypt(_ plaintext: Data, key: KMSKey, algorithm: String) throws -> Data {
        guard let material = key.materials.last else { throw AWSError.internalFailure() }
        let publicKey = try _RSA.Encryption.PrivateKey(derRepresentation: material).publicKey
        do {
            return try publicKey.encrypt(plaintext, padding: padding(algorithm))
        } catch {
            throw KMSErrors.validation("Plaintext is too long for \(key.spec.rawValue) with \(algorithm).")
        }
    }

    static func decrypt(_ blob: Data, key: KMSKey, algorithm: String) -> Data? {
        guard let material = key.materials.last,
              let privateKey = try? _RSA.Encryption.PrivateKey(derRepresentation: material) else { return nil }
        return try? privateKey.decrypt(blob, padding: padding(algorithm))
    }

    private static func padding(_ algorithm: String) -> _RSA.Encryption.Padding {
        algorithm == "RSAES_OAEP_SHA_1" ? .PKCS1_OAEP : .PKCS1_OAEP_SHA256
    }

    // MARK: Public keys

    static func publicKeyDER(_ key: KMSKey) throws -> Data {
        guard let material = key.materials.last else { throw AWSError.internalFailure() }
        switch key.spec {
        case .rsa2048, .rsa3072, .rsa4096:
            return try _RSA.Signing.PrivateKey(derRepresentation: material).publicKey.derRepresentation
        case .eccP256: return try P256.Signing.PrivateKey(rawRepresentation: material).publicKey.derRepresentation
        case .eccP384: return try P384.Signing.PrivateKey(rawRepresentation: material).publicKey.derRepresentation
        case .eccP521: return try P521.Signing.PrivateKey(rawRepresentation: material).publicKey.derRepresentation
        default: throw KMSErrors.unsupported("\(key.arn) is not an asymmetric KMS key.")
        }
    }

    // MARK: Signatures

    static func sign(_ message: Data, key: KMSKey, algorithm: String) throws -> Data {
        guard let material = key.materials.last else { throw AWSError.internalFailure() }
        switch key.spec {
        case .rsa2048, .rsa3072, .rsa4096:
            let privateKey = try _RSA.Signing.PrivateKey(derRepresentation: material)
            let padding: _RSA.Signing.Padding = algorithm.hasPrefix("RSASSA_PSS") ? .PSS : .insecurePKCS1v1_5
            switch algorithm.suffix(3) {
            case "384": return try privateKey.signature(for: SHA384.hash(data: message), padding: padding).rawRepresentation
            case "512": return try privateKey.signature(for: SHA512.hash(data: message), padding: padding).rawRepresentation
            default: return try privateKey.signature(for: SHA256.hash(data: message), padding: padding).rawRepresentation
            }
        case .eccP256:
            return try P256.Signing.PrivateKey(rawRepresentation: material).signature(for: message).derRepresentation
        case .eccP384:
            return try P384.Signing.PrivateKey(rawRepresentation: material).signature(for: message).derRepresentation
        case .eccP521:
            return try P521.Signing.PrivateKey(rawRepresentation: material).signature(for: message).derRepresentation
        default:
            throw AWSError.internalFailure()
        }
    }

    static func verify(_ signature: Data, message: Data, key: KMSKey, algorithm: String) -> Bool {
        guard let material = key.materials.last else { return false }
        switch key.spec {
        case .rsa2048, .rsa3072, .rsa4096:
            guard let publicKey = try? _RSA.Signing.PrivateKey(derRepresentation: material).publicKey else { return false }
            let padding: _RSA.Signing.Padding = algorithm.hasPrefix("RSASSA_PSS") ? .PSS : .insecurePKCS1v1_5
            let rsa = _RSA.Signing.RSASignature(rawRepresentation: signature)
            switch algorithm.suffix(3) {
            case "384": return publicKey.isValidSignature(rsa, for: SHA384.hash(data: message), padding: padding)
            case "512": return publicKey.isValidSignature(rsa, for: SHA512.hash(data: message), padding: padding)
            default: return publicKey.isValidSignature(rsa, for: SHA256.hash(data: message), padding: padding)
            }
        case .eccP256:
            guard let key = try? P256.Signing.PrivateKey(rawRepresentation: material).publicKey,
                  let sig = try? P256.Signing.ECDSASignature(derRepresentation: signature) else { return false }
            return key.isValidSignature(sig, for: message)
        case .eccP384:
            guard let key = try? P384.Signing.PrivateKey(rawRepresentation: material).publicKey,
                  let sig = try? P384.Signing.ECDSASignature(derRepresentation: signature) else { return false }
            return key.isValidSignature(sig, for: message)
        case .eccP521:
            guard let key = try? P521.Signing.PrivateKey(rawRepresentation: material).publicKey,
                  let sig = try? P521.Signing.ECDSASignature(derRepresentation: signature) else { return false }
            return key.isValidSignature(sig, for: message)
        default:
            return false
        }
    }
}
