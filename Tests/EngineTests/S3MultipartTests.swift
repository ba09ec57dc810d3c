import Foundation
import Testing
@testable import Engine

@Suite struct S3MultipartTests {
    let s3 = S3Fixture()
    let part1 = Data(repeating: UInt8(ascii: "a"), count: 5 * 1024 * 1024)
    let part2 = Data("hello world".utf8)

    init() throws { try s3.makeBucket("lab-mpu") }

    func create(_ key: String = "big/file.bin", extra: [(String, Value)] = []) throws -> String {
        let out = try s3.call("CreateMultipartUpload",
                              Value.s3Object([("Bucket", "lab-mpu"), ("Key", .string(key))] + extra))
        #expect(out["Bucket"] == "lab-mpu")
        #expect(out["Key"] == .string(key))
        return try #require(out.string("UploadId"))
    }

    func upload(_ id: String, _ number: Int, _ body: Data, key: String = "big/file.bin") throws -> String {
        let out = try s3.call("UploadPart", ["Bucket": "lab-mpu", "Key": .string(key), "UploadId": .string(id),
                                             "PartNumber": .int(number), "Body": .blob(body)])
        return try #require(out.string("ETag"))
    }

    func complete(_ id: String, _ parts: [(Int, String)], key: String = "big/file.bin") -> Value {
        ["Bucket": "lab-mpu", "Key": .string(key), "UploadId": .string(id),
         "MultipartUpload": ["Parts": .array(parts.map { ["PartNumber": .int($0.0), "ETag": .string($0.1)] })]]
    }

    @Test func completeBuildsTheObjectWithAMultipartETag() throws {
        let id = try create()
        let e1 = try upload(id, 1, part1)
        let e2 = try upload(id, 2, part2)
        #expect(e1 == "\"79b281060d337b9b2b84ccf390adcf74\"")
        #expect(e2 == "\"5eb63bbbe01eeed093cb22bb8f5acdc3\"")
        let out = try s3.call("CompleteMultipartUpload", complete(id, [(1, e1), (2, e2)]))
        // md5(md5(part1) + md5(part2)) computed independently with Python's hashlib.
        #expect(out["ETag"] == "\"4ba54d90a25d93d94b7b41c987352341-2\"")
        #expect(out["Location"] == "https://lab-mpu.s3.amazonaws.com/big%2Ffile.bin")
        #expect(out["Key"] == "big/file.bin")
        let head = try s3.call("HeadObject", ["Bucket": "lab-mpu", "Key": "big/file.bin"])
        #expect(head["ContentLength"] == .int(part1.count + part2.count))
        #expect(head["ETag"] == out["ETag"])
        let second = try s3.call("GetObject", ["Bucket": "lab-mpu", "Key": "big/file.bin", "PartNumber": 2])
        #expect(second["Body"] == .blob(part2))
        #expect(second["PartsCount"] == 2)
        #expect(second["ContentRange"] == .string("bytes \(part1.count)-\(part1.count + part2.count - 1)/\(part1.count + part2.count)"))
        s3.expectError("CompleteMultipartUpload", complete(id, [(1, e1), (2, e2)]), code: "NoSuchUpload", status: 404)
    }

    @Test func partsMustBeLargeEnoughInOrderAndMatching() throws {
        let id = try create()
        let small = try upload(id, 1, part2)
        let e2 = try upload(id, 2, part2)
        s3.expectError("CompleteMultipartUpload", complete(id, [(1, small), (2, e2)]), code: "EntityTooSmall",
                       status: 400, message: "Your proposed upload is smaller than the minimum allowed object size.")
        s3.expectError("CompleteMultipartUpload", complete(id, [(2, e2), (1, small)]), code: "InvalidPartOrder",
                       status: 400,
                       message: "The list of parts was not in ascending order. Parts must be ordered by part number.")
        s3.expectError("CompleteMultipartUpload", complete(id, [(1, "\"0000\"")]), code: "InvalidPart", status: 400,
                       message: "One or more of the specified parts could not be found.  The part may not have been "
                           + "uploaded, or the specified entity tag may not match the part's entity tag.")
        s3.expectError("CompleteMultipartUpload", complete(id, [(3, e2)]), code: "InvalidPart", status: 400)
        s3.expectError("CompleteMultipartUpload", complete(id, []), code: "MalformedXML", status: 400)
        // A single small part is fine: the last part has no minimum.
        let out = try s3.call("CompleteMultipartUpload", complete(id, [(2, e2)]))
        #expect(out["ETag"] == .string("\"\(S3ETag.hex(S3ETag.md5(S3ETag.md5(part2))))-1\""))
    }

    @Test func partNumbersAreBounded() throws {
        let id = try create()
        for number in [0, 10_001] {
            s3.expectError("UploadPart", ["Bucket": "lab-mpu", "Key": "big/file.bin", "UploadId": .string(id),
                                          "PartNumber": .int(number), "Body": .blob(part2)],
                           code: "InvalidArgument", status: 400,
                           message: "Part number must be an integer between 1 and 10000, inclusive")
        }
    }

    @Test func abortAndUnknownUploads() throws {
        let id = try create()
        #expect(try s3.call("AbortMultipartUpload", ["Bucket": "lab-mpu", "Key": "big/file.bin",
                                                     "UploadId": .string(id)]) == .emptyObject)
        let noSuchUpload = "The specified upload does not exist. The upload ID may be invalid, or the upload may have "
            + "been aborted or completed."
        s3.expectError("UploadPart", ["Bucket": "lab-mpu", "Key": "big/file.bin", "UploadId": .string(id),
                                      "PartNumber": 1, "Body": .blob(part2)],
                       code: "NoSuchUpload", status: 404, message: noSuchUpload)
        s3.expectError("AbortMultipartUpload", ["Bucket": "lab-mpu", "Key": "big/file.bin", "UploadId": .string(id)],
                       code: "NoSuchUpload", status: 404)
        let other = try create("other")
        s3.expectError("ListParts", ["Bucket": "lab-mpu", "Key": "wrong-key", "UploadId": .string(other)],
                       code: "NoSuchUpload", status: 404)
    }

    @Test func listPartsAndUploads() throws {
        let id = try create()
        _ = try upload(id, 2, part2)
        _ = try upload(id, 1, part2)
        _ = try upload(id, 3, part2)
        let parts = try s3.call("ListParts", ["Bucket": "lab-mpu", "Key": "big/file.bin", "UploadId": .string(id),
                                              "MaxParts": 2])
        #expect(parts.array("Parts").compactMap { $0.int("PartNumber") } == [1, 2])
        #expect(parts["IsTruncated"] == true)
        #expect(parts["NextPartNumberMarker"] == 2)
        #expect(parts["StorageClass"] == "STANDARD")
        #expect(parts["Initiator"]?.string("ID") == "arn:aws:iam::123456789012:user/learner")
        let rest = try s3.call("ListParts", ["Bucket": "lab-mpu", "Key": "big/file.bin", "UploadId": .string(id),
                                             "PartNumberMarker": 2])
        #expect(rest.array("Parts").compactMap { $0.int("PartNumber") } == [3])
        #expect(rest["IsTruncated"] == false)

        _ = try create("logs/a.txt")
        _ = try create("logs/b.txt")
        let uploads = try s3.call("ListMultipartUploads", ["Bucket": "lab-mpu"])
        #expect(uploads.array("Uploads").compactMap { $0.string("Key") } == ["big/file.bin", "logs/a.txt", "logs/b.txt"])
        let grouped = try s3.call("ListMultipartUploads", ["Bucket": "lab-mpu", "Delimiter": "/"])
        #expect(grouped.listedPrefixes == ["big/", "logs/"])
        #expect(grouped["Uploads"] == nil)
        let paged = try s3.call("ListMultipartUploads", ["Bucket": "lab-mpu", "MaxUploads": 1])
        #expect(paged["IsTruncated"] == true)
        #expect(paged["NextKeyMarker"] == "big/file.bin")
    }

    @Test func uploadKeepsAttributesAndTags() throws {
        let id = try create("doc.txt", extra: [("ContentType", "text/plain"), ("Metadata", ["Who": "me"]),
                                               ("Tagging", "t=1")])
        let e = try upload(id, 1, part2, key: "doc.txt")
        try s3.call("CompleteMultipartUpload", complete(id, [(1, e)], key: "doc.txt"))
        let head = try s3.call("HeadObject", ["Bucket": "lab-mpu", "Key": "doc.txt"])
        #expect(head["ContentType"] == "text/plain")
        #expect(head["Metadata"] == ["who": "me"])
        #expect(try s3.call("GetObjectTagging", ["Bucket": "lab-mpu", "Key": "doc.txt"])["TagSet"]
            == [["Key": "t", "Value": "1"]])
    }
}
