import Foundation
import Testing
@testable import Engine

/// UploadPartCopy (parts copied from an existing object, whole or a range) and the chunked
/// object body that multipart objects keep.
@Suite struct S3PartCopyTests {
    let s3 = S3Fixture()
    static let mebibyte = 1_048_576
    let source: Data = {
        var bytes = [UInt8](repeating: 0, count: 12 * mebibyte + 3)
        for i in bytes.indices { bytes[i] = UInt8(truncatingIfNeeded: (i &* 31) ^ (i >> 11)) }
        return Data(bytes)
    }()

    init() throws {
        try s3.makeBucket("lab-part-copy")
        try s3.call("PutObject", ["Bucket": "lab-part-copy", "Key": "source.bin", "Body": .blob(source)])
    }

    func create(_ key: String = "target.bin") throws -> String {
        try #require(try s3.call("CreateMultipartUpload", ["Bucket": "lab-part-copy", "Key": .string(key)])
            .string("UploadId"))
    }

    func copyPart(_ id: String, _ number: Int, range: String?, key: String = "target.bin") throws -> Value {
        var input: Value = ["Bucket": "lab-part-copy", "Key": .string(key), "UploadId": .string(id),
                            "PartNumber": .int(number), "CopySource": "lab-part-copy/source.bin"]
        if let range { input["CopySourceRange"] = .string(range) }
        return try s3.call("UploadPartCopy", input)
    }

    @Test func partsCopiedByRangeMakeTheSameBytes() throws {
        let id = try create()
        let first = try copyPart(id, 1, range: "bytes=0-\(6 * Self.mebibyte - 1)")
        let second = try copyPart(id, 2, range: "bytes=\(6 * Self.mebibyte)-\(source.count - 1)")
        let firstBytes = source.subdata(in: 0..<(6 * Self.mebibyte))
        let secondBytes = source.subdata(in: (6 * Self.mebibyte)..<source.count)
        #expect(first["CopyPartResult"]?["ETag"] == .string(S3ETag.single(firstBytes)))
        #expect(first["CopyPartResult"]?["LastModified"] != nil)
        #expect(first["CopySourceVersionId"] == nil)
        let parts: [Value] = [["PartNumber": 1, "ETag": first["CopyPartResult"]?["ETag"] ?? .null],
                              ["PartNumber": 2, "ETag": second["CopyPartResult"]?["ETag"] ?? .null]]
        let done = try s3.call("CompleteMultipartUpload", ["Bucket": "lab-part-copy", "Key": "target.bin",
                                                           "UploadId": .string(id), "MultipartUpload": ["Parts": .array(parts)]])
        let expected = "\"\(S3ETag.hex(S3ETag.md5(S3ETag.md5(firstBytes) + S3ETag.md5(secondBytes))))-2\""
        #expect(done["ETag"] == .string(expected))
        let whole = try s3.call("GetObject", ["Bucket": "lab-part-copy", "Key": "target.bin"])
        #expect(whole["Body"] == .blob(source))
        // Ranges inside one part, across the parts' seam, and the last bytes.
        for (range, slice) in [("bytes=10-99", 10..<100), ("bytes=6291450-6291460", 6_291_450..<6_291_461),
                               ("bytes=-3", (source.count - 3)..<source.count)] {
            let out = try s3.call("GetObject", ["Bucket": "lab-part-copy", "Key": "target.bin", "Range": .string(range)])
            #expect(out["Body"] == .blob(source.subdata(in: slice)), "\(range)")
        }
    }

    @Test func aWholeObjectPartAndAVersionedSource() throws {
        try s3.call("PutBucketVersioning", ["Bucket": "lab-part-copy",
                                            "VersioningConfiguration": ["Status": "Enabled"]])
        let put = try s3.call("PutObject", ["Bucket": "lab-part-copy", "Key": "source.bin", "Body": .blob(Data("v2".utf8))])
        let id = try create()
        let out = try copyPart(id, 1, range: nil)
        #expect(out["CopyPartResult"]?["ETag"] == .string(S3ETag.single(Data("v2".utf8))))
        #expect(out["CopySourceVersionId"] == put["VersionId"])
    }

    @Test func badRangesAndMissingThingsAreRefused() throws {
        let id = try create()
        let base: Value = ["Bucket": "lab-part-copy", "Key": "target.bin", "UploadId": .string(id), "PartNumber": 1,
                           "CopySource": "lab-part-copy/source.bin"]
        func with(_ name: String, _ value: Value) -> Value {
            var input = base
            input[name] = value
            return input
        }
        let malformed = "The x-amz-copy-source-range value must be of the form bytes=first-last where first and "
            + "last are the zero-based offsets of the first and last bytes to copy"
        for range in ["0-10", "bytes=5", "bytes=a-b", "bytes=-5", "bytes=0-1,3-4"] {
            s3.expectError("UploadPartCopy", with("CopySourceRange", .string(range)), code: "InvalidArgument",
                           status: 400, message: malformed)
        }
        for range in ["bytes=5-2", "bytes=0-\(source.count)"] {
            s3.expectError("UploadPartCopy", with("CopySourceRange", .string(range)), code: "InvalidArgument",
                           status: 400, message: "Range specified is not valid for source object of size: \(source.count)")
        }
        s3.expectError("UploadPartCopy", with("CopySource", "lab-part-copy/missing"), code: "NoSuchKey", status: 404)
        s3.expectError("UploadPartCopy", with("UploadId", "nope"), code: "NoSuchUpload", status: 404)
        s3.expectError("UploadPartCopy", with("PartNumber", 10_001), code: "InvalidArgument", status: 400)
        s3.expectError("UploadPartCopy", with("CopySourceIfMatch", "\"0000\""), code: "PreconditionFailed", status: 412)
    }

    @Test func partsSentTogetherGetTheSameAnswersAsInOrder() throws {
        let id = try create()
        let bodies = (0..<4).map { i in source.subdata(in: (i * 3 * Self.mebibyte)..<((i + 1) * 3 * Self.mebibyte)) }
        var inputs = bodies.enumerated().map { i, body -> Value in
            ["Bucket": "lab-part-copy", "Key": "target.bin", "UploadId": .string(id), "PartNumber": .int(i + 1),
             "Body": .blob(body)]
        }
        inputs[2]["ContentMD5"] = .string(Data(repeating: 0, count: 16).base64EncodedString())
        let results = s3.cloud.callConcurrently("s3", "UploadPart", inputs, region: "us-east-1")
        #expect(results.count == 4)
        for i in [0, 1, 3] {
            #expect(try results[i].get()["ETag"] == .string(S3ETag.single(bodies[i])))
        }
        #expect(throws: AWSError.self) { try results[2].get() }
        let listed = try s3.call("ListParts", ["Bucket": "lab-part-copy", "Key": "target.bin", "UploadId": .string(id)])
        #expect(listed["Parts"]?.arrayValue?.compactMap { $0["PartNumber"]?.intValue } == [1, 2, 4])
    }

    @Test func aChunkedBodyReadsLikeOnePiece() throws {
        let body = ObjectBody(chunks: [Data("abc".utf8), Data(), Data("defg".utf8), Data("h".utf8)])
        #expect(body.count == 8)
        #expect(body.chunks.count == 3)
        #expect(body.data == Data("abcdefgh".utf8))
        #expect(body.bytes(in: 0..<8) == Data("abcdefgh".utf8))
        #expect(body.bytes(in: 3..<7) == Data("defg".utf8))
        #expect(body.bytes(in: 2..<4) == Data("cd".utf8))
        #expect(body.bytes(in: 1..<8) == Data("bcdefgh".utf8))
        #expect(body.bytes(in: 5..<5) == Data())
        #expect(body.md5 == S3ETag.md5(Data("abcdefgh".utf8)))
        let encoded = try JSONEncoder().encode(body)
        let decoded = try JSONDecoder().decode(ObjectBody.self, from: encoded)
        #expect(decoded.data == body.data)
        #expect(ObjectBody().data.isEmpty)
    }
}
