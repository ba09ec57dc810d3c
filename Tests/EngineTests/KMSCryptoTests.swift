import Foundation
import Testing
@testable import Engine

/// Encrypt, Decrypt, ReEncrypt, data keys, random bytes and signatures with real
/// cryptography.
@Suite struct KMSCryptoTests {
    let f = KMSFixture()

    @Test func encryptDecryptRoundTripWithoutKeyId() throws {
        let id = try f.createKey()
        let out = try f.call("Encrypt", ["KeyId": .string(id), "Plaintext": .blob(Data("top secret".utf8))])
        #expect(out.string("KeyId") == f.arn(id))
        #expect(out.string("EncryptionAlgorithm") == "SYMMETRIC_DEFAULT")
        let blob = try #require(out["CiphertextBlob"]?.blobValue)
        #expect(!blob.contains(Data("top secret".utf8)))
        let plain = try f.call("Decrypt", ["CiphertextBlob": .blob(blob)])
        #expect(plain["Plaintext"] == .blob(Data("top secret".utf8)))
        #expect(plain.string("KeyId") == f.arn(id))
        #expect(plain.string("KeyMaterialId") == (try f.metadata(id).string("CurrentKeyMaterialId")))
    }

    @Test func encryptionContextMustMatch() throws {
        let id = try f.createKey()
        let blob = try f.encrypt(id, "ctx", context: ["purpose": "lab", "team": "a"])
        #expect(try f.decrypt(blob, context: ["team": "a", "purpose": "lab"]) == "ctx")
        expectAWSError("InvalidCiphertextException", "") { _ = try f.decrypt(blob) }
        expectAWSError("InvalidCiphertextException") { _ = try f.decrypt(blob, context: ["purpose": "other", "team": "a"]) }
    }

    @Test func wrongKeyAndTamperedBlobs() throws {
        let id = try f.createKey()
        let other = try f.createKey()
        let blob = try f.encrypt(id, "payload")
        expectAWSError("IncorrectKeyException") { _ = try f.decrypt(blob, keyId: other) }
        #expect(try f.decrypt(blob, keyId: id) == "payload")
        var tampered = blob
        tampered[tampered.count - 1] ^= 0x01
        expectAWSError("InvalidCiphertextException") { _ = try f.decrypt(tampered) }
        expectAWSError("InvalidCiphertextException") { _ = try f.decrypt(Data(repeating: 7, count: 80)) }
    }

    @Test func plaintextLimits() throws {
        let id = try f.createKey()
        expectAWSError("ValidationException") {
            try f.call("Encrypt", ["KeyId": .string(id), "Plaintext": .blob(Data(count: 4097))])
        }
        expectAWSError("ValidationException") { try f.call("Encrypt", ["KeyId": .string(id)]) }
    }

    @Test func generateDataKeyAndDecryptItAgain() throws {
        let id = try f.createKey()
        let out = try f.call("GenerateDataKey", ["KeyId": .string(id), "KeySpec": "AES_256"])
        let plaintext = try #require(out["Plaintext"]?.blobValue)
        #expect(plaintext.count == 32)
        let blob = try #require(out["CiphertextBlob"]?.blobValue)
        #expect(try f.call("Decrypt", ["CiphertextBlob": .blob(blob)])["Plaintext"] == .blob(plaintext))
        #expect(try f.call("GenerateDataKey", ["KeyId": .string(id), "KeySpec": "AES_128"])["Plaintext"]?.blobValue?.count == 16)
        #expect(try f.call("GenerateDataKey", ["KeyId": .string(id), "NumberOfBytes": 64])["Plaintext"]?.blobValue?.count == 64)
        let without = try f.call("GenerateDataKeyWithoutPlaintext", ["KeyId": .string(id), "KeySpec": "AES_256"])
        #expect(without["Plaintext"] == nil)
        #expect(without["CiphertextBlob"] != nil)
        expectAWSError("ValidationException") { try f.call("GenerateDataKey", ["KeyId": .string(id)]) }
        expectAWSError("ValidationException") {
            try f.call("GenerateDataKey", ["KeyId": .string(id), "KeySpec": "AES_256", "NumberOfBytes": 32])
        }
    }

    @Test func reEncryptMovesToAnotherKey() throws {
        let a = try f.createKey()
        let b = try f.createKey()
        let blob = try f.encrypt(a, "moving", context: ["k": "v"])
        let out = try f.call("ReEncrypt", ["CiphertextBlob": .blob(blob), "SourceEncryptionContext": ["k": "v"],
                                           "DestinationKeyId": .string(b)])
        #expect(out.string("SourceKeyId") == f.arn(a))
        #expect(out.string("KeyId") == f.arn(b))
        let moved = try #require(out["CiphertextBlob"]?.blobValue)
        #expect(try f.decrypt(moved) == "moving")
        expectAWSError("IncorrectKeyException") { _ = try f.decrypt(moved, keyId: a) }
    }

    @Test func generateRandomAndDeterminism() throws {
        let bytes = try f.call("GenerateRandom", ["NumberOfBytes": 24])["Plaintext"]?.blobValue
        #expect(bytes?.count == 24)
        expectAWSError("ValidationException") { try f.call("GenerateRandom", ["NumberOfBytes": 2000]) }
        // The same seed gives the same keys and ciphertexts.
        let one = KMSFixture(seed: 9), two = KMSFixture(seed: 9)
        let blobs = try [one, two].map { fixture in try fixture.encrypt(try fixture.createKey(), "same") }
        #expect(blobs[0] == blobs[1])
        #expect(try one.decrypt(blobs[1]) == "same")
    }

    @Test func usageMismatchIsRefused() throws {
        let signing = try f.createKey(["KeySpec": "ECC_NIST_P256", "KeyUsage": "SIGN_VERIFY"])
        expectAWSError("InvalidKeyUsageException") { _ = try f.encrypt(signing, "x") }
        let symmetric = try f.createKey()
        expectAWSError("InvalidKeyUsageException") {
            try f.call("Sign", ["KeyId": .string(symmetric), "Message": .blob(Data("m".utf8)),
                                "SigningAlgorithm": "ECDSA_SHA_256"])
        }
    }

    @Test func rsaEncryptionNeedsAnAlgorithmAndTheKeyId() throws {
        let id = try f.createKey(["KeySpec": "RSA_2048"])
        expectAWSError("ValidationException") { _ = try f.encrypt(id, "x") }
        let out = try f.call("Encrypt", ["KeyId": .string(id), "Plaintext": .blob(Data("rsa".utf8)),
                                         "EncryptionAlgorithm": "RSAES_OAEP_SHA_256"])
        let blob = try #require(out["CiphertextBlob"]?.blobValue)
        #expect(blob.count == 256)
        let plain = try f.call("Decrypt", ["CiphertextBlob": .blob(blob), "KeyId": .string(id),
                                           "EncryptionAlgorithm": "RSAES_OAEP_SHA_256"])
        #expect(plain["Plaintext"] == .blob(Data("rsa".utf8)))
        expectAWSError("InvalidCiphertextException") { _ = try f.decrypt(blob) }
    }

    @Test func signAndVerifyWithECCAndRSA() throws {
        for (spec, algorithm) in [("ECC_NIST_P256", "ECDSA_SHA_256"), ("ECC_NIST_P384", "ECDSA_SHA_384"),
                                  ("RSA_2048", "RSASSA_PSS_SHA_256"), ("RSA_2048", "RSASSA_PKCS1_V1_5_SHA_512")] {
            let id = try f.createKey(["KeySpec": .string(spec), "KeyUsage": "SIGN_VERIFY"])
            let message: Value = .blob(Data("sign me".utf8))
            let signed = try f.call("Sign", ["KeyId": .string(id), "Message": message, "SigningAlgorithm": .string(algorithm)])
            let signature = try #require(signed["Signature"])
            let verified = try f.call("Verify", ["KeyId": .string(id), "Message": message, "Signature": signature,
                                                 "SigningAlgorithm": .string(algorithm)])
            #expect(verified.bool("SignatureValid") == true)
            expectAWSError("KMSInvalidSignatureException") {
                try f.call("Verify", ["KeyId": .string(id), "Message": .blob(Data("other".utf8)), "Signature": signature,
                                      "SigningAlgorithm": .string(algorithm)])
            }
            let publicKey = try f.call("GetPublicKey", ["KeyId": .string(id)])
            #expect((publicKey["PublicKey"]?.blobValue?.count ?? 0) > 60)
            #expect(publicKey.string("KeyUsage") == "SIGN_VERIFY")
        }
    }
}
