import Foundation
import Testing
@testable import Engine

@Suite struct S3ObjectTests {
    let s3 = S3Fixture()

    init() throws { try s3.makeBucket("lab-objects") }

    @Test func putAndGetRoundTrip() throws {
        s3.cloud.advance(by: 10.75)
        let put = try s3.put("lab-objects", "docs/hello.txt", "hello")
        #expect(put == ["ETag": "\"5d41402abc4b2a76b9719d911017c592\"", "ServerSideEncryption": "AES256"])
        let get = try s3.call("GetObject", ["Bucket": "lab-objects", "Key": "docs/hello.txt"])
        #expect(get["Body"] == .blob(Data("hello".utf8)))
        #expect(get["ContentLength"] == 5)
        #expect(get["ContentType"] == "binary/octet-stream")
        #expect(get["LastModified"] == .double(VirtualClock.defaultStart + 10))
        #expect(get["ETag"] == "\"5d41402abc4b2a76b9719d911017c592\"")
        #expect(get["AcceptRanges"] == "bytes")
        #expect(get["Metadata"] == .emptyObject)
        #expect(get["ServerSideEncryption"] == "AES256")
        #expect(get["VersionId"] == nil)
        #expect(get["StorageClass"] == nil)
        let head = try s3.call("HeadObject", ["Bucket": "lab-objects", "Key": "docs/hello.txt"])
        #expect(head["Body"] == nil)
        #expect(head["ContentLength"] == 5)
    }

    @Test func contentHeadersAndMetadata() throws {
        try s3.put("lab-objects", "page.html", "<p>", extra: [
            ("ContentType", "text/html"), ("CacheControl", "max-age=60"), ("ContentDisposition", "inline"),
            ("Metadata", ["Author": "Ada", "x-Project": "lab"]), ("StorageClass", "STANDARD_IA"),
            ("Expires", .double(1_800_000_000)),
        ])
        let head = try s3.call("HeadObject", ["Bucket": "lab-objects", "Key": "page.html"])
        #expect(head["ContentType"] == "text/html")
        #expect(head["CacheControl"] == "max-age=60")
        #expect(head["ContentDisposition"] == "inline")
        #expect(head["Metadata"] == ["author": "Ada", "x-project": "lab"])
        #expect(head["StorageClass"] == "STANDARD_IA")
        #expect(head["Expires"] == .double(1_800_000_000))
        let overridden = try s3.call("GetObject", ["Bucket": "lab-objects", "Key": "page.html",
                                                   "ResponseContentType": "text/plain"])
        #expect(overridden["ContentType"] == "text/plain")
    }

    @Test func missingKeys() {
        s3.expectError("GetObject", ["Bucket": "lab-objects", "Key": "nope"], code: "NoSuchKey", status: 404,
                       message: "The specified key does not exist.")
        s3.expectError("HeadObject", ["Bucket": "lab-objects", "Key": "nope"], code: "404", status: 404,
                       message: "Not Found")
        s3.expectError("HeadObject", ["Bucket": "lab-none", "Key": "nope"], code: "404", status: 404)
        s3.expectError("HeadObject", ["Bucket": "test", "Key": "nope"], code: "403", status: 403, message: "Forbidden")
        s3.expectError("GetObjectTagging", ["Bucket": "lab-objects", "Key": "nope"], code: "NoSuchKey", status: 404)
    }

    @Test func deletingAMissingKeySucceeds() throws {
        #expect(try s3.call("DeleteObject", ["Bucket": "lab-objects", "Key": "never-there"]) == .emptyObject)
    }

    @Test func ranges() throws {
        try s3.put("lab-objects", "digits", "0123456789")
        let mid = try s3.call("GetObject", ["Bucket": "lab-objects", "Key": "digits", "Range": "bytes=2-4"])
        #expect(mid["Body"] == .blob(Data("234".utf8)))
        #expect(mid["ContentLength"] == 3)
        #expect(mid["ContentRange"] == "bytes 2-4/10")
        #expect(try s3.body("lab-objects", "digits", [("Range", "bytes=7-")]) == "789")
        #expect(try s3.body("lab-objects", "digits", [("Range", "bytes=-2")]) == "89")
        #expect(try s3.body("lab-objects", "digits", [("Range", "bytes=8-100")]) == "89")
        #expect(try s3.body("lab-objects", "digits", [("Range", "lines=1-2")]) == "0123456789")
        s3.expectError("GetObject", ["Bucket": "lab-objects", "Key": "digits", "Range": "bytes=10-12"],
                       code: "InvalidRange", status: 416, message: "The requested range is not satisfiable")
    }

    @Test func rangesOfASlicedBody() throws {
        let buffer = Data("xxxx0123456789".utf8)
        try s3.call("PutObject", ["Bucket": "lab-objects", "Key": "slice", "Body": .blob(buffer[4...])])
        #expect(try s3.body("lab-objects", "slice", [("Range", "bytes=2-4")]) == "234")
        #expect(try s3.body("lab-objects", "slice") == "0123456789")
    }

    @Test func conditionalReads() throws {
        try s3.put("lab-objects", "c", "hello")
        let tag = "\"5d41402abc4b2a76b9719d911017c592\""
        let key: [(String, Value)] = [("Bucket", "lab-objects"), ("Key", "c")]
        #expect(try s3.body("lab-objects", "c", [("IfMatch", .string(tag))]) == "hello")
        s3.expectError("GetObject", Value.s3Object(key + [("IfMatch", "\"abc\"")]), code: "PreconditionFailed",
                       status: 412, message: "At least one of the pre-conditions you specified did not hold")
        s3.expectError("HeadObject", Value.s3Object(key + [("IfMatch", "\"abc\"")]), code: "412", status: 412)
        s3.expectError("GetObject", Value.s3Object(key + [("IfNoneMatch", .string(tag))]), code: "304", status: 304,
                       message: "Not Modified")
        s3.expectError("GetObject", Value.s3Object(key + [("IfModifiedSince", .double(VirtualClock.defaultStart))]),
                       code: "304", status: 304)
        s3.expectError("GetObject",
                       Value.s3Object(key + [("IfUnmodifiedSince", .double(VirtualClock.defaultStart - 1))]),
                       code: "PreconditionFailed", status: 412)
    }

    @Test func conditionalWrites() throws {
        try s3.put("lab-objects", "once", "1", extra: [("IfNoneMatch", "*")])
        s3.expectError("PutObject", ["Bucket": "lab-objects", "Key": "once", "IfNoneMatch": "*"],
                       code: "PreconditionFailed", status: 412)
        s3.expectError("PutObject", ["Bucket": "lab-objects", "Key": "once", "IfMatch": "\"nope\""],
                       code: "PreconditionFailed", status: 412)
        s3.expectError("PutObject", ["Bucket": "lab-objects", "Key": "absent", "IfMatch": "\"nope\""],
                       code: "NoSuchKey", status: 404)
    }

    @Test func storageClasses() throws {
        s3.expectError("PutObject", ["Bucket": "lab-objects", "Key": "k", "StorageClass": "SUPER_FAST"],
                       code: "InvalidStorageClass", status: 400, message: "The storage class you specified is not valid")
        try s3.put("lab-objects", "cold", "brr", extra: [("StorageClass", "GLACIER")])
        s3.expectError("GetObject", ["Bucket": "lab-objects", "Key": "cold"], code: "InvalidObjectState", status: 403)
        #expect(try s3.call("HeadObject", ["Bucket": "lab-objects", "Key": "cold"])["StorageClass"] == "GLACIER")
    }

    @Test func keyAndMetadataLimits() {
        let longKey = String(repeating: "k", count: 1025)
        s3.expectError("PutObject", ["Bucket": "lab-objects", "Key": .string(longKey)], code: "KeyTooLongError",
                       status: 400)
        let bigValue = String(repeating: "v", count: 2100)
        s3.expectError("PutObject", ["Bucket": "lab-objects", "Key": "m", "Metadata": ["big": .string(bigValue)]],
                       code: "MetadataTooLarge", status: 400)
    }

    @Test func contentMD5IsChecked() throws {
        let good = "XUFAKrxLKna5cZ2REBfFkg=="  // base64 of MD5("hello")
        try s3.put("lab-objects", "md5", "hello", extra: [("ContentMD5", .string(good))])
        s3.expectError("PutObject", ["Bucket": "lab-objects", "Key": "md5", "Body": .blob(Data("bye".utf8)),
                                     "ContentMD5": .string(good)], code: "BadDigest", status: 400)
    }

    @Test func taggingHeaderOnPut() throws {
        try s3.put("lab-objects", "tagged", "x", extra: [("Tagging", "team=blue&cost%20center=42")])
        let tags = try s3.call("GetObjectTagging", ["Bucket": "lab-objects", "Key": "tagged"])
        #expect(tags == ["TagSet": [["Key": "team", "Value": "blue"], ["Key": "cost center", "Value": "42"]]])
        let get = try s3.call("GetObject", ["Bucket": "lab-objects", "Key": "tagged"])
        #expect(get["TagCount"] == 2)
    }

    @Test func deleteObjectsReportsEachKey() throws {
        try s3.put("lab-objects", "a", "1")
        try s3.put("lab-objects", "b", "2")
        let out = try s3.call("DeleteObjects", ["Bucket": "lab-objects", "Delete": [
            "Objects": [["Key": "a"], ["Key": "b"], ["Key": "missing"], ["Key": "c", "VersionId": "bogus"]],
        ]])
        #expect(out["Deleted"] == [["Key": "a"], ["Key": "b"], ["Key": "missing"]])
        #expect(out["Errors"] == [["Key": "c", "VersionId": "bogus", "Code": "InvalidArgument",
                                   "Message": "Invalid version id specified"]])
        s3.expectError("GetObject", ["Bucket": "lab-objects", "Key": "a"], code: "NoSuchKey", status: 404)
        try s3.put("lab-objects", "q", "1")
        let quiet = try s3.call("DeleteObjects", ["Bucket": "lab-objects", "Delete": [
            "Objects": [["Key": "q"]], "Quiet": true,
        ]])
        #expect(quiet == .emptyObject)
        s3.expectError("DeleteObjects", ["Bucket": "lab-objects", "Delete": ["Objects": []]], code: "MalformedXML",
                       status: 400)
    }

    @Test func largeBodiesAreStoredWhole() throws {
        let size = 100 * 1024 * 1024
        let data = Data(repeating: 0x5A, count: size)
        let start = Date()
        let put = try s3.call("PutObject", ["Bucket": "lab-objects", "Key": "big.bin", "Body": .blob(data)])
        let get = try s3.call("GetObject", ["Bucket": "lab-objects", "Key": "big.bin"])
        try s3.call("CopyObject", ["Bucket": "lab-objects", "Key": "big-copy.bin", "CopySource": "lab-objects/big.bin"])
        let head = try s3.call("HeadObject", ["Bucket": "lab-objects", "Key": "big-copy.bin"])
        print("S3 100 MiB put+get+copy+head: \(String(format: "%.3f", Date().timeIntervalSince(start))) s")
        #expect(get["Body"]?.blobValue?.count == size)
        #expect(head["ContentLength"] == .int(size))
        #expect(head["ETag"] == put["ETag"])
    }
}
