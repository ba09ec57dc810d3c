import Crypto
import Foundation

/// The ciphertext blob of a symmetric KMS key: a version byte, the key id (so Decrypt needs
/// no `KeyId`), the index of the key material, then an AES-256-GCM sealed box (nonce,
/// ciphertext, tag). The encryption context is the box's additional authenticated data, so
/// decrypting with another context fails.
struct KMSCiphertext {
    static let version: UInt8 = 1
    static let keyIdLength = 36
    static let headerLength = 1 + keyIdLength + 1
    static let overhead = headerLength + 12 + 16

    var keyId: String
    var materialIndex: Int
    var sealed: Data

    /// Parses a blob; `nil` when it is not one of ours.
    init?(blob: Data) {
        let bytes = [UInt8](blob)
        guard bytes.count >= Self.overhead, bytes[0] == Self.version,
              let id = String(bytes: bytes[1...Self.keyIdLength], encoding: .ascii), KMSService.isKeyId(id)
        else { return nil }
        keyId = id
        materialIndex = Int(bytes[Self.keyIdLength + 1])
        sealed = Data(bytes[Self.headerLength...])
    }

    /// Seals `plaintext` under the key's current material.
    static func seal(_ plaintext: Data, key: KMSKey, context: [(String, String)], ids: inout IDGenerator) throws -> Data {
        guard let material = key.materials.last else { throw AWSError.internalFailure() }
        let nonce = try AES.GCM.Nonce(data: KMSKeyMaterial.randomBytes(12, &ids))
        let box = try AES.GCM.seal(plaintext, using: SymmetricKey(data: material), nonce: nonce,
                                   authenticating: aad(context))
        guard let combined = box.combined else { throw AWSError.internalFailure() }
        var blob = Data([version])
        blob.append(Data(key.id.utf8))
        blob.append(UInt8(truncatingIfNeeded: key.currentMaterialIndex))
        blob.append(combined)
        return blob
    }

    /// Opens the box with the key's material; `nil` when the blob was tampered with or the
    /// context differs.
    func open(with key: KMSKey, context: [(String, String)]) -> Data? {
        guard key.materials.indices.contains(materialIndex),
              let box = try? AES.GCM.SealedBox(combined: sealed),
              let plaintext = try? AES.GCM.open(box, using: SymmetricKey(data: key.materials[materialIndex]),
                                                authenticating: Self.aad(context))
        else { return nil }
        return plaintext
    }

    /// The encryption context as bytes: pairs sorted by key, so order does not matter.
    static func aad(_ context: [(String, String)]) -> Data {
        let sorted = context.sorted { $0.0 < $1.0 }
        var data = Data()
        for (k, v) in sorted {
            data.append(contentsOf: withUnsafeBytes(of: UInt32(k.utf8.count).bigEndian, Array.init))
            data.append(Data(k.utf8))
            data.append(contentsOf: withUnsafeBytes(of: UInt32(v.utf8.count).bigEndian, Array.init))
            data.append(Data(v.utf8))
        }
        return data
    }
}
