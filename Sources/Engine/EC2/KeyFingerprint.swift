import Crypto
import Foundation

/// The fingerprint formats EC2 shows in `KeyFingerprint`.
enum KeyFingerprint {
    /// Lower-case hex bytes joined by colons (`1f:51:ae:...`), for RSA keys.
    static func hexColons<D: Sequence>(_ digest: D) -> String where D.Element == UInt8 {
        digest.map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined(separator: ":")
    }

    /// The base64 SHA-256 of an OpenSSH public key blob, for ED25519 keys.
    static func sha256Base64(_ blob: [UInt8]) -> String {
        Data(SHA256.hash(data: blob)).base64EncodedString()
    }
}
