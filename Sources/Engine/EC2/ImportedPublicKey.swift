import Crypto
import _CryptoExtras
import Foundation

/// A public key given to `ImportKeyPair` in OpenSSH format (`ssh-rsa AAAA... comment` or
/// `ssh-ed25519 AAAA... comment`), with the fingerprint EC2 computes for an imported key:
/// for RSA the MD5 of the DER SubjectPublicKeyInfo in colon-separated hex (RFC 4716
/// section 4), for ED25519 the base64 SHA-256 of the key blob.
struct ImportedPublicKey {
    var type: KeyPairType
    var blob: [UInt8]
    var fingerprint: String

    /// The key the material holds, or `InvalidKeyPair.Format`.
    init(material: Data) throws {
        let text = String(decoding: material, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        let fields = text.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard fields.count >= 2, let decoded = Data(base64Encoded: String(fields[1])) else {
            throw Self.formatError()
        }
        let blob = [UInt8](decoded)
        var reader = SSHWire.Reader(blob)
        guard let name = reader.string(), String(decoding: name, as: UTF8.self) == fields[0] else {
            throw Self.formatError()
        }
        switch String(fields[0]) {
        case KeyPairType.rsa.sshName:
            guard let exponent = reader.string(), let modulus = reader.string(), reader.isAtEnd,
                  let key = try? _RSA.Signing.PublicKey(n: modulus, e: exponent) else { throw Self.formatError() }
            self.type = .rsa
            self.fingerprint = KeyFingerprint.hexColons(Insecure.MD5.hash(data: key.derRepresentation))
        case KeyPairType.ed25519.sshName:
            guard let key = reader.string(), key.count == 32, reader.isAtEnd else { throw Self.formatError() }
            self.type = .ed25519
            self.fingerprint = KeyFingerprint.sha256Base64(blob)
        default:
            throw Self.formatError()
        }
        self.blob = blob
    }

    private static func formatError() -> AWSError {
        EC2Errors.keyFormat("Key is not in valid OpenSSH public key format")
    }
}
