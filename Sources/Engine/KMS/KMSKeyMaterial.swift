import Crypto
import _CryptoExtras
import Foundation

/// Key material from the cloud's seeded generator, so a replayed transcript makes the
/// same keys, ciphertexts and data keys. (RSA keys are the exception: swift-crypto
/// generates them from the system's randomness.)
enum KMSKeyMaterial {
    static func randomBytes(_ count: Int, _ ids: inout IDGenerator) -> Data {
        var data = Data(capacity: count + 8)
        while data.count < count {
            var word = ids.next().littleEndian
            withUnsafeBytes(of: &word) { data.append(contentsOf: $0) }
        }
        return data.prefix(count)
    }

    /// A material id: 64 hex digits, as KMS shows in `CurrentKeyMaterialId`.
    static func materialId(_ ids: inout IDGenerator) -> String { ids.hex(64) }

    /// New key material for a key spec.
    static func generate(_ spec: KMSKeySpec, _ ids: inout IDGenerator) throws -> Data {
        switch spec {
        case .rsa2048, .rsa3072, .rsa4096:
            let key = try _RSA.Signing.PrivateKey(keySize: .init(bitCount: spec.rsaBits))
            return key.derRepresentation
        case .eccP256:
            return try validScalar(32, ids: &ids) { try P256.Signing.PrivateKey(rawRepresentation: $0).rawRepresentation }
        case .eccP384:
            return try validScalar(48, ids: &ids) { try P384.Signing.PrivateKey(rawRepresentation: $0).rawRepresentation }
        case .eccP521:
            return try validScalar(66, ids: &ids) { bytes in
                var scalar = bytes
                scalar[scalar.startIndex] &= 0x01
                return try P521.Signing.PrivateKey(rawRepresentation: scalar).rawRepresentation
            }
        default:
            return randomBytes(spec.secretLength, &ids)
        }
    }

    /// Draws scalars until one is a valid private key of the curve.
    private static func validScalar(_ count: Int, ids: inout IDGenerator, _ make: (Data) throws -> Data) throws -> Data {
        for _ in 0..<16 {
            if let raw = try? make(randomBytes(count, &ids)) { return raw }
        }
        throw AWSError.internalFailure()
    }
}
