import Foundation
import Testing
@testable import Engine

/// CreateKey, DescribeKey, ListKeys, UpdateKeyDescription, tags and key policies.
@Suite struct KMSKeyTests {
    let f = KMSFixture()

    @Test func createKeyReturnsMetadataAsAWSDoes() throws {
        let out = try f.call("CreateKey", ["Description": "lab key"])
        let m = try #require(out["KeyMetadata"])
        let id = try #require(m.string("KeyId"))
        #expect(KMSService.isKeyId(id))
        #expect(m.string("Arn") == f.arn(id))
        #expect(m.string("AWSAccountId") == "123456789012")
        #expect(m["CreationDate"] == .double(f.cloud.clock.now))
        #expect(m.bool("Enabled") == true)
        #expect(m.string("KeyUsage") == "ENCRYPT_DECRYPT")
        #expect(m.string("KeyState") == "Enabled")
        #expect(m.string("Origin") == "AWS_KMS")
        #expect(m.string("KeyManager") == "CUSTOMER")
        #expect(m.string("KeySpec") == "SYMMETRIC_DEFAULT")
        #expect(m.string("CustomerMasterKeySpec") == "SYMMETRIC_DEFAULT")
        #expect(m.strings("EncryptionAlgorithms") == ["SYMMETRIC_DEFAULT"])
        #expect(m["SigningAlgorithms"] == nil)
        #expect(m.bool("MultiRegion") == false)
        #expect(m.string("CurrentKeyMaterialId")?.count == 64)
        #expect(m["DeletionDate"] == nil)
        let names = Array((m.objectValue ?? [:]).keys)
        #expect(names.prefix(8) == ["AWSAccountId", "KeyId", "Arn", "CreationDate", "Enabled", "Description",
                                    "KeyUsage", "KeyState"])
        #expect(try f.metadata(id) == m)
    }

    @Test func keySpecsAndTheirAlgorithms() throws {
        let rsa = try f.call("CreateKey", ["KeySpec": "RSA_2048", "KeyUsage": "SIGN_VERIFY"])["KeyMetadata"] ?? .null
        #expect(rsa.strings("SigningAlgorithms").count == 6)
        #expect(rsa["EncryptionAlgorithms"] == nil)
        let rsaEnc = try f.call("CreateKey", ["KeySpec": "RSA_2048"])["KeyMetadata"] ?? .null
        #expect(rsaEnc.strings("EncryptionAlgorithms") == ["RSAES_OAEP_SHA_1", "RSAES_OAEP_SHA_256"])
        #expect(rsaEnc["CurrentKeyMaterialId"] == nil)
        let ecc = try f.call("CreateKey", ["KeySpec": "ECC_NIST_P256", "KeyUsage": "SIGN_VERIFY"])["KeyMetadata"] ?? .null
        #expect(ecc.strings("SigningAlgorithms") == ["ECDSA_SHA_256"])
        let hmac = try f.call("CreateKey", ["KeySpec": "HMAC_256", "KeyUsage": "GENERATE_VERIFY_MAC"])["KeyMetadata"] ?? .null
        #expect(hmac.strings("MacAlgorithms") == ["HMAC_SHA_256"])
        #expect(hmac["EncryptionAlgorithms"] == nil)
    }

    @Test func incompatibleUsageIsRefused() {
        expectAWSError("ValidationException", "KeyUsage ENCRYPT_DECRYPT is not compatible with KeySpec ECC_NIST_P256") {
            try f.call("CreateKey", ["KeySpec": "ECC_NIST_P256"])
        }
        expectAWSError("ValidationException") { try f.call("CreateKey", ["KeyUsage": "SIGN_VERIFY"]) }
    }

    @Test func describeKeyErrors() throws {
        let missing = "11111111-2222-4333-8444-555555555555"
        expectAWSError("NotFoundException", "Key '\(f.arn(missing))' does not exist") {
            try f.call("DescribeKey", ["KeyId": .string(missing)])
        }
        expectAWSError("NotFoundException", "Invalid keyId not-a-key") {
            try f.call("DescribeKey", ["KeyId": "not-a-key"])
        }
        let id = try f.createKey()
        expectAWSError("NotFoundException") { try f.call("DescribeKey", ["KeyId": .string(id)], region: "eu-west-1") }
    }

    @Test func listKeysPagesInCreationOrderPerRegion() throws {
        let ids = try (0..<3).map { _ in try f.createKey() }
        _ = try f.createKey(region: "eu-west-1")
        let all = try f.call("ListKeys")
        #expect(all.array("Keys").compactMap { $0.string("KeyId") } == ids)
        #expect(all.array("Keys").first?.string("KeyArn") == f.arn(ids[0]))
        #expect(all.bool("Truncated") == false)
        let first = try f.call("ListKeys", ["Limit": 2])
        #expect(first.array("Keys").count == 2)
        #expect(first.bool("Truncated") == true)
        let marker = try #require(first.string("NextMarker"))
        let second = try f.call("ListKeys", ["Limit": 2, "Marker": .string(marker)])
        #expect(second.array("Keys").compactMap { $0.string("KeyId") } == [ids[2]])
        expectAWSError("InvalidMarkerException") { try f.call("ListKeys", ["Marker": "bogus"]) }
    }

    @Test func updateKeyDescription() throws {
        let id = try f.createKey(["Description": "old"])
        try f.call("UpdateKeyDescription", ["KeyId": .string(f.arn(id)), "Description": "new"])
        #expect(try f.metadata(id).string("Description") == "new")
    }

    @Test func tagsAddReplaceAndRemove() throws {
        let id = try f.createKey(["Tags": [["TagKey": "team", "TagValue": "a"]]])
        try f.call("TagResource", ["KeyId": .string(id), "Tags": [["TagKey": "team", "TagValue": "b"],
                                                                  ["TagKey": "env", "TagValue": "lab"]]])
        let tags = try f.call("ListResourceTags", ["KeyId": .string(id)])
        #expect(tags.array("Tags") == [["TagKey": "team", "TagValue": "b"], ["TagKey": "env", "TagValue": "lab"]])
        try f.call("UntagResource", ["KeyId": .string(id), "TagKeys": ["team"]])
        #expect(try f.call("ListResourceTags", ["KeyId": .string(id)]).array("Tags").count == 1)
        expectAWSError("TagException") {
            try f.call("TagResource", ["KeyId": .string(id), "Tags": [["TagKey": "aws:x", "TagValue": "1"]]])
        }
    }

    @Test func defaultPolicyAndPutPolicy() throws {
        let id = try f.createKey()
        let out = try f.call("GetKeyPolicy", ["KeyId": .string(id), "PolicyName": "default"])
        let policy = try #require(out.string("Policy"))
        #expect(policy.contains("\"AWS\" : \"arn:aws:iam::123456789012:root\""))
        #expect(policy.contains("\"Id\" : \"key-default-1\""))
        #expect(try JSONParser.parse(policy)["Statement"]?[0]?.string("Action") == "kms:*")
        #expect(try f.call("ListKeyPolicies", ["KeyId": .string(id)]).strings("PolicyNames") == ["default"])
        let newPolicy = #"{"Version":"2012-10-17","Statement":[]}"#
        try f.call("PutKeyPolicy", ["KeyId": .string(id), "Policy": .string(newPolicy)])
        #expect(try f.call("GetKeyPolicy", ["KeyId": .string(id)]).string("Policy") == newPolicy)
        expectAWSError("MalformedPolicyDocumentException") {
            try f.call("PutKeyPolicy", ["KeyId": .string(id), "Policy": "not json"])
        }
    }
}
