import Foundation
import Testing
@testable import Engine

/// S3 SSE-KMS through the simulated KMS: data keys from KMS on write, Decrypt on read.
@Suite struct KMSS3EncryptionTests {
    let s3 = S3Fixture()
    var kms: KMSService { s3.cloud.service(KMSService.self) }

    init() throws {
        try s3.makeBucket("enc")
    }

    private func createKey(alias: String? = nil) throws -> String {
        let out = try s3.cloud.call("kms", "CreateKey", [:], region: "us-east-1")
        let id = out["KeyMetadata"]?.string("KeyId") ?? ""
        if let alias {
            _ = try s3.cloud.call("kms", "CreateAlias", ["AliasName": .string(alias), "TargetKeyId": .string(id)],
                                  region: "us-east-1")
        }
        return id
    }

    private func kmsCall(_ operation: String, _ id: String) throws {
        _ = try s3.cloud.call("kms", operation, ["KeyId": .string(id)], region: "us-east-1")
    }

    private func arn(_ id: String) -> String { "arn:aws:kms:us-east-1:123456789012:key/\(id)" }

    @Test func sseS3IsTheDefault() throws {
        let out = try s3.put("enc", "plain.txt", "hello")
        #expect(out.string("ServerSideEncryption") == "AES256")
        #expect(out["SSEKMSKeyId"] == nil)
        #expect(kms.keys.isEmpty)
    }

    @Test func anSSEKMSObjectsETagIsNotTheMD5OfItsData() throws {
        _ = try createKey(alias: "alias/lab")
        let md5 = "\"\(S3ETag.hex(S3ETag.md5(Data("secret".utf8))))\""
        let plain = try s3.put("enc", "plain.txt", "secret")
        #expect(plain.string("ETag") == md5)
        let kmsPut = try s3.put("enc", "kms.txt", "secret", extra: [("ServerSideEncryption", "aws:kms"),
                                                                   ("SSEKMSKeyId", "alias/lab")])
        let eTag = try #require(kmsPut.string("ETag"))
        #expect(eTag != md5)
        #expect(eTag.count == 34 && eTag.hasPrefix("\"") && eTag.hasSuffix("\""))
        #expect(try s3.call("HeadObject", ["Bucket": "enc", "Key": "kms.txt"]).string("ETag") == eTag)
        // Copied out of SSE-KMS into the bucket's SSE-S3 default, the bytes get their MD5 again.
        let copy = try s3.call("CopyObject", ["Bucket": "enc", "Key": "copy.txt", "CopySource": "enc/kms.txt"])
        #expect(copy["CopyObjectResult"]?.string("ETag") == md5)
    }

    @Test func sseKMSWithAnAliasRecordsTheKeyArn() throws {
        let id = try createKey(alias: "alias/lab")
        let out = try s3.put("enc", "f.txt", "secret", extra: [("ServerSideEncryption", "aws:kms"),
                                                               ("SSEKMSKeyId", "alias/lab")])
        #expect(out.string("ServerSideEncryption") == "aws:kms")
        #expect(out.string("SSEKMSKeyId") == arn(id))
        let head = try s3.call("HeadObject", ["Bucket": "enc", "Key": "f.txt"])
        #expect(head.string("SSEKMSKeyId") == arn(id))
        #expect(try s3.body("enc", "f.txt") == "secret")
        // The stored data key is a real KMS ciphertext under the key, bound to the object.
        let stored = try #require(s3.cloud.service(S3Service.self).buckets["enc"]?.latest(ObjectKey("f.txt"))?.encryption)
        let blob = try #require(stored.encryptedDataKey)
        let plain = try s3.cloud.call("kms", "Decrypt", ["CiphertextBlob": .blob(blob),
                                                         "EncryptionContext": ["aws:s3:arn": "arn:aws:s3:::enc/f.txt"]],
                                      region: "us-east-1")
        #expect(plain["Plaintext"]?.blobValue?.count == 32)
    }

    @Test func withoutAKeyS3UsesTheAWSManagedKey() throws {
        let out = try s3.put("enc", "m.txt", "managed", extra: [("ServerSideEncryption", "aws:kms")])
        let managed = try s3.cloud.call("kms", "DescribeKey", ["KeyId": "alias/aws/s3"], region: "us-east-1")
        #expect(managed["KeyMetadata"]?.string("KeyManager") == "AWS")
        #expect(out.string("SSEKMSKeyId") == managed["KeyMetadata"]?.string("Arn"))
        let again = try s3.put("enc", "n.txt", "managed", extra: [("ServerSideEncryption", "aws:kms")])
        #expect(again.string("SSEKMSKeyId") == out.string("SSEKMSKeyId"))
    }

    @Test func missingKeyFailsTheUpload() throws {
        s3.expectError("PutObject", ["Bucket": "enc", "Key": "x", "Body": .blob(Data("x".utf8)),
                                     "ServerSideEncryption": "aws:kms", "SSEKMSKeyId": "alias/missing"],
                       code: "KMS.NotFoundException", status: 400,
                       message: "Alias arn:aws:kms:us-east-1:123456789012:alias/missing is not found.")
        #expect(s3.error("HeadObject", ["Bucket": "enc", "Key": "x"]) != nil)
    }

    @Test func disabledKeyBlocksDownloadsButNotHeadUntilEnabled() throws {
        let id = try createKey(alias: "alias/lab")
        try s3.put("enc", "f.txt", "secret", extra: [("ServerSideEncryption", "aws:kms"), ("SSEKMSKeyId", "alias/lab")])
        try kmsCall("DisableKey", id)
        s3.expectError("GetObject", ["Bucket": "enc", "Key": "f.txt"], code: "KMS.DisabledException", status: 400,
                       message: "\(arn(id)) is disabled.")
        #expect(try s3.call("HeadObject", ["Bucket": "enc", "Key": "f.txt"]).string("ServerSideEncryption") == "aws:kms")
        s3.expectError("CopyObject", ["Bucket": "enc", "Key": "copy.txt", "CopySource": "enc/f.txt"],
                       code: "KMS.DisabledException", status: 400)
        s3.expectError("PutObject", ["Bucket": "enc", "Key": "g", "Body": .blob(Data("g".utf8)),
                                     "ServerSideEncryption": "aws:kms", "SSEKMSKeyId": .string(id)],
                       code: "KMS.DisabledException", status: 400)
        try kmsCall("EnableKey", id)
        #expect(try s3.body("enc", "f.txt") == "secret")
    }

    @Test func pendingDeletionAndDeletedKeys() throws {
        let id = try createKey()
        try s3.put("enc", "f.txt", "secret", extra: [("ServerSideEncryption", "aws:kms"), ("SSEKMSKeyId", .string(id))])
        _ = try s3.cloud.call("kms", "ScheduleKeyDeletion", ["KeyId": .string(id), "PendingWindowInDays": 7],
                              region: "us-east-1")
        s3.expectError("GetObject", ["Bucket": "enc", "Key": "f.txt"], code: "KMS.KMSInvalidStateException", status: 400)
        s3.cloud.advance(by: 8 * 86_400)
        s3.expectError("GetObject", ["Bucket": "enc", "Key": "f.txt"], code: "KMS.NotFoundException", status: 400)
    }

    @Test func bucketDefaultKeyAndMultipartUploads() throws {
        let id = try createKey(alias: "alias/bucket")
        try s3.call("PutBucketEncryption", ["Bucket": "enc", "ServerSideEncryptionConfiguration": [
            "Rules": [["ApplyServerSideEncryptionByDefault": ["SSEAlgorithm": "aws:kms", "KMSMasterKeyID": "alias/bucket"]]],
        ]])
        let out = try s3.put("enc", "d.txt", "default")
        #expect(out.string("SSEKMSKeyId") == arn(id))
        let upload = try s3.call("CreateMultipartUpload", ["Bucket": "enc", "Key": "big"])
        #expect(upload.string("SSEKMSKeyId") == arn(id))
        let uploadId = upload.string("UploadId") ?? ""
        try kmsCall("DisableKey", id)
        s3.expectError("UploadPart", ["Bucket": "enc", "Key": "big", "UploadId": .string(uploadId), "PartNumber": 1,
                                      "Body": .blob(Data("part".utf8))],
                       code: "KMS.DisabledException", status: 400)
        try kmsCall("EnableKey", id)
        try s3.call("UploadPart", ["Bucket": "enc", "Key": "big", "UploadId": .string(uploadId), "PartNumber": 1,
                                   "Body": .blob(Data("part".utf8))])
    }

    @Test func encryptionContextHeaderIsValidated() throws {
        s3.expectError("PutObject", ["Bucket": "enc", "Key": "x", "Body": .blob(Data()),
                                     "ServerSideEncryption": "aws:kms", "SSEKMSEncryptionContext": "not base64!"],
                       code: "InvalidArgument", status: 400)
        let context = Data(#"{"project":"lab"}"#.utf8).base64EncodedString()
        try s3.put("enc", "c.txt", "ctx", extra: [("ServerSideEncryption", "aws:kms"),
                                                  ("SSEKMSEncryptionContext", .string(context))])
        #expect(try s3.body("enc", "c.txt") == "ctx")
    }
}
