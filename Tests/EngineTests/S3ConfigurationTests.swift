import Foundation
import Testing
@testable import Engine

@Suite struct S3ConfigurationTests {
    let s3 = S3Fixture()

    init() throws {
        try s3.makeBucket("lab-conf")
        try s3.put("lab-conf", "obj", "x")
    }

    // MARK: Tagging

    @Test func bucketTagging() throws {
        s3.expectError("GetBucketTagging", ["Bucket": "lab-conf"], code: "NoSuchTagSet", status: 404,
                       message: "The TagSet does not exist")
        try s3.call("PutBucketTagging", ["Bucket": "lab-conf", "Tagging": ["TagSet": [["Key": "env", "Value": "dev"]]]])
        #expect(try s3.call("GetBucketTagging", ["Bucket": "lab-conf"]) == ["TagSet": [["Key": "env", "Value": "dev"]]])
        try s3.call("DeleteBucketTagging", ["Bucket": "lab-conf"])
        s3.expectError("GetBucketTagging", ["Bucket": "lab-conf"], code: "NoSuchTagSet", status: 404)
        s3.expectError("PutBucketTagging", ["Bucket": "lab-conf", "Tagging": ["TagSet": [
            ["Key": "a", "Value": "1"], ["Key": "a", "Value": "2"],
        ]]], code: "InvalidTag", status: 400, message: "Cannot provide multiple Tags with the same key")
        s3.expectError("PutBucketTagging", ["Bucket": "lab-conf", "Tagging": ["TagSet": [["Key": "aws:x", "Value": "1"]]]],
                       code: "InvalidTag", status: 400)
    }

    @Test func objectTagging() throws {
        #expect(try s3.call("GetObjectTagging", ["Bucket": "lab-conf", "Key": "obj"]) == ["TagSet": []])
        try s3.call("PutObjectTagging", ["Bucket": "lab-conf", "Key": "obj",
                                         "Tagging": ["TagSet": [["Key": "k", "Value": "v"]]]])
        #expect(try s3.call("GetObjectTagging", ["Bucket": "lab-conf", "Key": "obj"])["TagSet"]
            == [["Key": "k", "Value": "v"]])
        try s3.call("DeleteObjectTagging", ["Bucket": "lab-conf", "Key": "obj"])
        #expect(try s3.call("GetObjectTagging", ["Bucket": "lab-conf", "Key": "obj"])["TagSet"] == [])

        let eleven: [Value] = (1...11).map { ["Key": .string("k\($0)"), "Value": "v"] }
        s3.expectError("PutObjectTagging", ["Bucket": "lab-conf", "Key": "obj", "Tagging": ["TagSet": .array(eleven)]],
                       code: "BadRequest", status: 400, message: "Object tags cannot be greater than 10")
        s3.expectError("PutObjectTagging", ["Bucket": "lab-conf", "Key": "obj", "Tagging": ["TagSet": [
            ["Key": .string(String(repeating: "k", count: 129)), "Value": "v"],
        ]]], code: "InvalidTag", status: 400, message: "The TagKey you have provided is invalid")
        s3.expectError("PutObjectTagging", ["Bucket": "lab-conf", "Key": "obj", "Tagging": ["TagSet": [
            ["Key": "k", "Value": .string(String(repeating: "v", count: 257))],
        ]]], code: "InvalidTag", status: 400, message: "The TagValue you have provided is invalid")
    }

    // MARK: Policy

    @Test func policyRoundTripAndErrors() throws {
        s3.expectError("GetBucketPolicy", ["Bucket": "lab-conf"], code: "NoSuchBucketPolicy", status: 404,
                       message: "The bucket policy does not exist")
        let policy = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject",\
            "Resource":"arn:aws:s3:::lab-conf/*"}]}
            """
        try s3.call("PutBucketPolicy", ["Bucket": "lab-conf", "Policy": .string(policy)])
        #expect(try s3.call("GetBucketPolicy", ["Bucket": "lab-conf"]) == ["Policy": .string(policy)])
        try s3.call("DeleteBucketPolicy", ["Bucket": "lab-conf"])
        s3.expectError("GetBucketPolicy", ["Bucket": "lab-conf"], code: "NoSuchBucketPolicy", status: 404)

        let cases: [(String, String)] = [
            ("policy.json", "Policies must be valid JSON and the first byte must be '{'"),
            ("{\"Statement\": [", "This policy contains invalid Json"),
            ("{\"Version\": \"2012-10-17\"}", "Missing required field Statement"),
            ("{\"Statement\": [{\"Effect\": \"Maybe\", \"Principal\": \"*\", \"Action\": \"s3:*\", "
                + "\"Resource\": \"arn:aws:s3:::lab-conf\"}]}", "Invalid effect: Maybe"),
            ("{\"Statement\": [{\"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": \"s3:*\", "
                + "\"Resource\": \"arn:aws:s3:::other-bucket/*\"}]}", "Policy has invalid resource"),
            ("{\"Statement\": [{\"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": \"ec2:RunInstances\", "
                + "\"Resource\": \"arn:aws:s3:::lab-conf\"}]}", "Policy has invalid action"),
        ]
        for (text, message) in cases {
            s3.expectError("PutBucketPolicy", ["Bucket": "lab-conf", "Policy": .string(text)],
                           code: "MalformedPolicy", status: 400, message: message)
        }
    }

    // MARK: Encryption

    @Test func defaultEncryptionIsSSES3() throws {
        let aes: Value = ["ServerSideEncryptionConfiguration": ["Rules": [[
            "ApplyServerSideEncryptionByDefault": ["SSEAlgorithm": "AES256"], "BucketKeyEnabled": false,
        ]]]]
        #expect(try s3.call("GetBucketEncryption", ["Bucket": "lab-conf"]) == aes)
        try s3.call("PutBucketEncryption", ["Bucket": "lab-conf", "ServerSideEncryptionConfiguration": ["Rules": [[
            "ApplyServerSideEncryptionByDefault": ["SSEAlgorithm": "aws:kms", "KMSMasterKeyID": "alias/my-key"],
            "BucketKeyEnabled": true,
        ]]]])
        // S3 asks KMS for a data key under the bucket's key, so the alias must exist.
        let keyId = try s3.cloud.call("kms", "CreateKey", [:], region: "us-east-1")["KeyMetadata"]?.string("KeyId") ?? ""
        _ = try s3.cloud.call("kms", "CreateAlias", ["AliasName": "alias/my-key", "TargetKeyId": .string(keyId)],
                              region: "us-east-1")
        let put = try s3.put("lab-conf", "secret", "s")
        #expect(put["ServerSideEncryption"] == "aws:kms")
        #expect(put["SSEKMSKeyId"] == .string("arn:aws:kms:us-east-1:123456789012:key/\(keyId)"))
        #expect(put["BucketKeyEnabled"] == true)
        let head = try s3.call("HeadObject", ["Bucket": "lab-conf", "Key": "secret"])
        #expect(head["ServerSideEncryption"] == "aws:kms")
        try s3.call("DeleteBucketEncryption", ["Bucket": "lab-conf"])
        #expect(try s3.call("GetBucketEncryption", ["Bucket": "lab-conf"]) == aes)
        #expect(try s3.put("lab-conf", "plain", "p")["ServerSideEncryption"] == "AES256")
    }

    @Test func encryptionErrors() {
        s3.expectError("PutBucketEncryption", ["Bucket": "lab-conf", "ServerSideEncryptionConfiguration": ["Rules": [[
            "ApplyServerSideEncryptionByDefault": ["SSEAlgorithm": "AES256", "KMSMasterKeyID": "k"],
        ]]]], code: "InvalidArgument", status: 400)
        s3.expectError("PutBucketEncryption", ["Bucket": "lab-conf", "ServerSideEncryptionConfiguration": ["Rules": [[
            "ApplyServerSideEncryptionByDefault": ["SSEAlgorithm": "DES"],
        ]]]], code: "MalformedXML", status: 400)
        s3.expectError("PutObject", ["Bucket": "lab-conf", "Key": "k", "SSEKMSKeyId": "abc"],
                       code: "InvalidArgument", status: 400)
    }

    @Test func requestedKMSUsesTheManagedKey() throws {
        let out = try s3.put("lab-conf", "kms", "x", extra: [("ServerSideEncryption", "aws:kms")])
        let arn = try #require(out.string("SSEKMSKeyId"))
        #expect(arn.hasPrefix("arn:aws:kms:us-east-1:123456789012:key/"))
        let again = try s3.put("lab-conf", "kms2", "x", extra: [("ServerSideEncryption", "aws:kms")])
        #expect(again.string("SSEKMSKeyId") == arn)
    }
}
