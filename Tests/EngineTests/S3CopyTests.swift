import Foundation
import Testing
@testable import Engine

@Suite struct S3CopyTests {
    let s3 = S3Fixture()

    init() throws {
        try s3.makeBucket("lab-src")
        try s3.makeBucket("lab-dst", region: "eu-west-1")
        try s3.put("lab-src", "dir/my file.txt", "payload", extra: [
            ("ContentType", "text/plain"), ("Metadata", ["k": "v"]), ("Tagging", "a=1"),
        ])
    }

    @Test func copyBetweenBucketsKeepsMetadata() throws {
        s3.cloud.advance(by: 30)
        let out = try s3.call("CopyObject", ["Bucket": "lab-dst", "Key": "copy.txt",
                                             "CopySource": "lab-src/dir/my%20file.txt"])
        let result = try #require(out["CopyObjectResult"])
        #expect(result["ETag"] == .string(S3ETag.single(Data("payload".utf8))))
        #expect(result["LastModified"] == .double(VirtualClock.defaultStart + 30))
        #expect(out["ServerSideEncryption"] == "AES256")
        let head = try s3.call("HeadObject", ["Bucket": "lab-dst", "Key": "copy.txt"])
        #expect(head["ContentType"] == "text/plain")
        #expect(head["Metadata"] == ["k": "v"])
        #expect(try s3.call("GetObjectTagging", ["Bucket": "lab-dst", "Key": "copy.txt"])["TagSet"]
            == [["Key": "a", "Value": "1"]])
        #expect(try s3.body("lab-dst", "copy.txt") == "payload")
    }

    @Test func replaceDirectives() throws {
        try s3.call("CopyObject", ["Bucket": "lab-dst", "Key": "r.txt", "CopySource": "/lab-src/dir/my%20file.txt",
                                   "MetadataDirective": "REPLACE", "ContentType": "application/json",
                                   "TaggingDirective": "REPLACE", "Tagging": "b=2"])
        let head = try s3.call("HeadObject", ["Bucket": "lab-dst", "Key": "r.txt"])
        #expect(head["ContentType"] == "application/json")
        #expect(head["Metadata"] == .emptyObject)
        #expect(try s3.call("GetObjectTagging", ["Bucket": "lab-dst", "Key": "r.txt"])["TagSet"]
            == [["Key": "b", "Value": "2"]])
    }

    @Test func copyOntoItselfNeedsAChange() throws {
        s3.expectError("CopyObject", ["Bucket": "lab-src", "Key": "dir/my file.txt",
                                      "CopySource": "lab-src/dir/my%20file.txt"],
                       code: "InvalidRequest", status: 400,
                       message: "This copy request is illegal because it is trying to copy an object to itself without "
                           + "changing the object's metadata, storage class, website redirect location or encryption "
                           + "attributes.")
        try s3.call("CopyObject", ["Bucket": "lab-src", "Key": "dir/my file.txt",
                                   "CopySource": "lab-src/dir/my%20file.txt", "StorageClass": "STANDARD_IA"])
        #expect(try s3.call("HeadObject", ["Bucket": "lab-src", "Key": "dir/my file.txt"])["StorageClass"]
            == "STANDARD_IA")
        try s3.call("CopyObject", ["Bucket": "lab-src", "Key": "dir/my file.txt",
                                   "CopySource": "lab-src/dir/my%20file.txt", "MetadataDirective": "REPLACE",
                                   "Metadata": ["new": "1"]])
        #expect(try s3.call("HeadObject", ["Bucket": "lab-src", "Key": "dir/my file.txt"])["Metadata"] == ["new": "1"])
    }

    @Test func missingSources() {
        s3.expectError("CopyObject", ["Bucket": "lab-dst", "Key": "x", "CopySource": "lab-src/none"],
                       code: "NoSuchKey", status: 404)
        s3.expectError("CopyObject", ["Bucket": "lab-dst", "Key": "x", "CopySource": "lab-gone/none"],
                       code: "NoSuchBucket", status: 404)
        s3.expectError("CopyObject", ["Bucket": "lab-dst", "Key": "x", "CopySource": "nokey"],
                       code: "InvalidArgument", status: 400)
        s3.expectError("CopyObject", ["Bucket": "lab-dst", "Key": "x",
                                      "CopySource": "lab-src/dir/my%20file.txt?versionId=nope"],
                       code: "InvalidArgument", status: 400, message: "Invalid version id specified")
    }

    @Test func copyFromAVersion() throws {
        try s3.makeBucket("lab-ver")
        try s3.call("PutBucketVersioning", ["Bucket": "lab-ver", "VersioningConfiguration": ["Status": "Enabled"]])
        let v1 = try #require(try s3.put("lab-ver", "doc", "first").string("VersionId"))
        try s3.put("lab-ver", "doc", "second")
        // Restoring an older version by copying it over the current one is allowed.
        let out = try s3.call("CopyObject", ["Bucket": "lab-ver", "Key": "doc",
                                             "CopySource": .string("lab-ver/doc?versionId=\(v1)")])
        #expect(out["CopySourceVersionId"] == .string(v1))
        #expect(out["VersionId"] != nil && out["VersionId"] != .string(v1))
        #expect(try s3.body("lab-ver", "doc") == "first")
        let versions = try s3.call("ListObjectVersions", ["Bucket": "lab-ver"])
        #expect(versions.array("Versions").count == 3)
    }

    @Test func copySourceConditions() {
        s3.expectError("CopyObject", ["Bucket": "lab-dst", "Key": "x", "CopySource": "lab-src/dir/my%20file.txt",
                                      "CopySourceIfMatch": "\"other\""], code: "PreconditionFailed", status: 412)
    }
}
