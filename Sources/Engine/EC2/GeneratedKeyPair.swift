import Crypto
import _CryptoExtras
import Foundation

/// A key pair EC2 makes for `CreateKeyPair`: the private key as EC2 hands it out (PEM
/// `RSA PRIVATE KEY` for RSA, `OPENSSH PRIVATE KEY` for ED25519), the OpenSSH public key
/// EC2 keeps, and the fingerprint as EC2 computes it for a created key: for RSA the SHA-1
/// of the DER PKCS#8 private key in colon-separated hex, for ED25519 the base64 SHA-256
/// of the public key blob (OpenSSH's fingerprint, with base64 padding).
///
/// ED25519 keys come from the cloud's seeded generator, so a replay makes the same key.
/// RSA keys come from swift-crypto, which draws on the system's randomness.
struct GeneratedKeyPair {
    var privateKey: String
    var publicKeyBlob: [UInt8]
    var fingerprint: String

    static func make(_ type: KeyPairType, ids: inout IDGenerator) throws -> GeneratedKeyPair {
        switch type {
        case .rsa: return try rsa()
        case .ed25519: return try ed25519(ids: &ids)
        }
    }

    // MARK: RSA

    private static func rsa() throws -> GeneratedKeyPair {
        try rsa(_RSA.Signing.PrivateKey(keySize: .bits2048))
    }

    /// The key pair EC2 hands out for an RSA private key given in PEM (PKCS#1 or PKCS#8).
    static func rsa(pem: String) throws -> GeneratedKeyPair {
        try rsa(_RSA.Signing.PrivateKey(pemRepresentation: pem))
    }

    private static func rsa(_ key: _RSA.Signing.PrivateKey) throws -> GeneratedKeyPair {
        guard let pkcs8 = pemBody(key.pkcs8PEMRepresentation) else { throw AWSError.internalFailure() }
        let primitives = try key.publicKey.getKeyPrimitives()
        let blob = SSHWire.string("ssh-rsa") + SSHWire.mpint([UInt8](primitives.publicExponent))
            + SSHWire.mpint([UInt8](primitives.modulus))
        return GeneratedKeyPair(privateKey: trimmed(key.pemRepresentation), publicKeyBlob: blob,
                                fingerprint: KeyFingerprint.hexColons(Insecure.SHA1.hash(data: pkcs8)))
    }

    /// The bytes a PEM block holds.
    static func pemBody(_ pem: String) -> Data? {
        let body = pem.split(separator: "\n").filter { !$0.hasPrefix("-----") }.joined()
        return Data(base64Encoded: body)
    }

    // MARK: ED25519

    private static func ed25519(ids: inout IDGenerator) throws -> GeneratedKeyPair {
        var seed = [UInt8]()
        for _ in 0..<4 { withUnsafeBytes(of: ids.next().bigEndian) { seed.append(contentsOf: $0) } }
        return try ed25519(seed: seed, check: UInt32(truncatingIfNeeded: ids.next()))
    }

    /// The key pair for a 32-byte ED25519 seed; `check` is the OpenSSH file's check number.
    static func ed25519(seed: [UInt8], check: UInt32) throws -> GeneratedKeyPair {
        let key = try Curve25519.Signing.PrivateKey(rawRepresentation: seed)
        let publicKey = [UInt8](key.publicKey.rawRepresentation)
        let blob = SSHWire.string("ssh-ed25519") + SSHWire.string(publicKey)
        var secret = SSHWire.uint32(check) + SSHWire.uint32(check)
        secret += SSHWire.string("ssh-ed25519") + SSHWire.string(publicKey) + SSHWire.string(seed + publicKey)
        secret += SSHWire.string("")
        var pad: UInt8 = 1
        while secret.count % 8 != 0 {
            secret.append(pad)
            pad += 1
        }
        var file = Array("openssh-key-v1".utf8) + [0]
        file += SSHWire.string("none") + SSHWire.string("none") + SSHWire.string("")
        file += SSHWire.uint32(1) + SSHWire.string(blob) + SSHWire.string(secret)
        let pem = "-----BEGIN OPENSSH PRIVATE KEY-----\n" + wrap(Data(file).base64EncodedString(), width: 70)
            + "-----END OPENSSH PRIVATE KEY-----"
        return GeneratedKeyPair(privateKey: pem, publicKeyBlob: blob, fingerprint: KeyFingerprint.sha256Base64(blob))
    }

    /// The PEM text without a final newline, as EC2 returns `KeyMaterial`.
    private static func trimmed(_ pem: String) -> String {
        var text = pem
        while text.hasSuffix("\n") { text.removeLast() }
        return text
    }

    /// Base64 text in lines of `width` characters, each ending in a newline.
    private static func wrap(_ text: String, width: Int) -> String {
        var out = ""
        var line = ""
        for character in text {
            line.append(character)
            if line.count == width {
                out += line + "\n"
                line = ""
            }
        }
        if !line.isEmpty { out += line + "\n" }
        return out
    }
}
