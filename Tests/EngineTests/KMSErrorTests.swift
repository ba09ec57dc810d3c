import Foundation
import Testing
@testable import Engine

/// One error code per operation where AWS documents it, each from a state that causes it.
@Suite struct KMSErrorTests {
    let f = KMSFixture()

    @Test func errorsByOperation() throws {
        let id = try f.createKey()
        let disabled = try f.createKey()
        try f.call("DisableKey", ["KeyId": .string(disabled)])
        let pending = try f.createKey()
        try f.call("ScheduleKeyDeletion", ["KeyId": .string(pending), "PendingWindowInDays": 7])
        let signing = try f.createKey(["KeySpec": "ECC_NIST_P256", "KeyUsage": "SIGN_VERIFY"])
        let managed = try f.metadata("alias/aws/s3").string("KeyId") ?? ""
        let message: Value = .blob(Data("m".utf8))
        let cases: [(String, Value, String)] = [
            ("UpdateKeyDescription", ["KeyId": .string(pending), "Description": "d"], "KMSInvalidStateException"),
            ("UpdateKeyDescription", ["KeyId": .string(id)], "ValidationException"),
            ("DisableKey", ["KeyId": .string(pending)], "KMSInvalidStateException"),
            ("EnableKey", ["KeyId": .string(managed)], "AccessDeniedException"),
            ("EnableKeyRotation", ["KeyId": .string(disabled)], "DisabledException"),
            ("EnableKeyRotation", ["KeyId": .string(id), "RotationPeriodInDays": 30], "ValidationException"),
            ("GetKeyRotationStatus", ["KeyId": .string(pending)], "KMSInvalidStateException"),
            ("PutKeyPolicy", ["KeyId": .string(managed), "Policy": "{}"], "AccessDeniedException"),
            ("GetKeyPolicy", ["KeyId": .string(id), "PolicyName": "other"], "NotFoundException"),
            ("CreateAlias", ["AliasName": "alias/p", "TargetKeyId": .string(pending)], "KMSInvalidStateException"),
            ("CreateAlias", ["AliasName": "alias/m", "TargetKeyId": .string(managed)], "AccessDeniedException"),
            ("UpdateAlias", ["AliasName": "alias/none", "TargetKeyId": .string(id)], "NotFoundException"),
            ("ListAliases", ["KeyId": "alias/aws/s3"], "NotFoundException"),
            ("DescribeKey", ["KeyId": .string("arn:aws:kms:us-east-1:999999999999:key/\(id)")], "NotFoundException"),
            ("DescribeKey", ["KeyId": "arn:aws:sqs:us-east-1:123456789012:q"], "InvalidArnException"),
            ("Encrypt", ["KeyId": .string(disabled), "Plaintext": message], "DisabledException"),
            ("Encrypt", ["KeyId": .string(id), "Plaintext": message, "EncryptionAlgorithm": "RSAES_OAEP_SHA_1"],
             "InvalidKeyUsageException"),
            ("GenerateDataKey", ["KeyId": .string(signing), "KeySpec": "AES_256"], "InvalidKeyUsageException"),
            ("GenerateDataKey", ["KeyId": .string(pending), "KeySpec": "AES_256"], "KMSInvalidStateException"),
            ("GenerateDataKeyWithoutPlaintext", ["KeyId": .string(id), "KeySpec": "AES_512"], "ValidationException"),
            ("GenerateRandom", [:], "ValidationException"),
            ("Decrypt", ["CiphertextBlob": .blob(Data("short".utf8))], "InvalidCiphertextException"),
            ("ReEncrypt", ["CiphertextBlob": .blob(Data("short".utf8)), "DestinationKeyId": .string(id)],
             "InvalidCiphertextException"),
            ("Sign", ["KeyId": .string(signing), "Message": message, "SigningAlgorithm": "RSASSA_PSS_SHA_256"],
             "InvalidKeyUsageException"),
            ("GetPublicKey", ["KeyId": .string(id)], "UnsupportedOperationException"),
            ("TagResource", ["KeyId": .string(pending), "Tags": [["TagKey": "a", "TagValue": "b"]]],
             "KMSInvalidStateException"),
            ("ListResourceTags", ["KeyId": "alias/aws/s3"], "NotFoundException"),
            ("CreateKey", ["Policy": #"{"Version":"2012-10-17"}"#], "MalformedPolicyDocumentException"),
            ("CreateKey", ["KeySpec": "RSA_2048", "CustomerMasterKeySpec": "RSA_4096"], "ValidationException"),
            ("ListKeys", ["Limit": 0], "ValidationException"),
        ]
        for (operation, input, code) in cases {
            expectAWSError(code) { try f.call(operation, input) }
        }
    }

    @Test func managedKeysRotateYearlyOnTheClock() throws {
        let before = try f.metadata("alias/aws/s3").string("CurrentKeyMaterialId")
        f.advanceDays(366)
        #expect(try f.metadata("alias/aws/s3").string("CurrentKeyMaterialId") != before)
    }
}

/// `DryRun`: the checks run, nothing is returned, and the seeded generator does not move.
@Suite struct KMSDryRunTests {
    let f = KMSFixture()

    @Test func dryRunAnswersWithoutEncrypting() throws {
        let id = try f.createKey()
        let disabled = try f.createKey()
        try f.call("DisableKey", ["KeyId": .string(disabled)])
        let before = f.cloud.ids
        expectAWSError("DryRunOperationException") {
            try f.call("Encrypt", ["KeyId": .string(id), "Plaintext": .blob(Data("x".utf8)), "DryRun": true])
        }
        #expect(f.cloud.ids == before)
        expectAWSError("DisabledException") {
            try f.call("Encrypt", ["KeyId": .string(disabled), "Plaintext": .blob(Data("x".utf8)), "DryRun": true])
        }
    }
}
