import Foundation
import Testing
@testable import Engine

@Suite struct S3ChecksumTests {
    let s3 = S3Fixture()

    init() throws { try s3.makeBucket("lab-sum") }

    @Test func crcCheckValues() {
        // The catalogue check values of each CRC over "123456789".
        let check = Data("123456789".utf8)
        #expect(CRCTables.crc32(check, table: CRCTables.crc32Table) == 0xCBF4_3926)
        #expect(CRCTables.crc32(check, table: CRCTables.crc32cTable) == 0xE306_9283)
        #expect(CRCTables.crc64(check, table: CRCTables.crc64NVMETable) == 0xAE8B_1486_0A79_9888)
    }

    @Test func putWithChecksumAlgorithm() throws {
        let out = try s3.put("lab-sum", "k", "hello", extra: [("ChecksumAlgorithm", "CRC32")])
        #expect(out["ChecksumCRC32"] == "NhCmhg==")
        #expect(out["ChecksumType"] == "FULL_OBJECT")
        let sha = try s3.put("lab-sum", "s", "hello", extra: [("ChecksumSHA256", "LPJNul+wow4m6DsqxbninhsWHlwfp0JecwQzYpOLmCQ=")])
        #expect(sha["ChecksumSHA256"] == "LPJNul+wow4m6DsqxbninhsWHlwfp0JecwQzYpOLmCQ=")
        s3.expectError("PutObject", ["Bucket": "lab-sum", "Key": "bad", "Body": .blob(Data("hello".utf8)),
                                     "ChecksumCRC32": "AAAAAA=="],
                       code: "BadDigest", status: 400,
                       message: "The CRC32 you specified did not match the calculated checksum.")
        let head = try s3.call("HeadObject", ["Bucket": "lab-sum", "Key": "k", "ChecksumMode": "ENABLED"])
        #expect(head["ChecksumCRC32"] == "NhCmhg==")
    }

    @Test func defaultChecksumIsCRC64NVMEOnRequest() throws {
        let out = try s3.put("lab-sum", "d", "hello")
        #expect(out["ChecksumCRC64NVME"] == nil)
        #expect(try s3.call("HeadObject", ["Bucket": "lab-sum", "Key": "d"])["ChecksumCRC64NVME"] == nil)
        let head = try s3.call("HeadObject", ["Bucket": "lab-sum", "Key": "d", "ChecksumMode": "ENABLED"])
        #expect(head["ChecksumCRC64NVME"] == "M3eFcAZSQlc=")
        #expect(head["ChecksumType"] == "FULL_OBJECT")
    }

    @Test func compositeMultipartChecksum() throws {
        let part1 = Data(repeating: UInt8(ascii: "a"), count: 5 * 1024 * 1024)
        let part2 = Data("hello world".utf8)
        let created = try s3.call("CreateMultipartUpload", ["Bucket": "lab-sum", "Key": "m", "ChecksumAlgorithm": "CRC32"])
        #expect(created["ChecksumType"] == "COMPOSITE")
        let id = try #require(created.string("UploadId"))
        var parts: [Value] = []
        for (n, body) in [(1, part1), (2, part2)] {
            let out = try s3.call("UploadPart", ["Bucket": "lab-sum", "Key": "m", "UploadId": .string(id),
                                                 "PartNumber": .int(n), "Body": .blob(body)])
            parts.append(["PartNumber": .int(n), "ETag": out["ETag"] ?? .null])
        }
        let done = try s3.call("CompleteMultipartUpload", ["Bucket": "lab-sum", "Key": "m", "UploadId": .string(id),
                                                           "MultipartUpload": ["Parts": .array(parts)]])
        // crc32(crc32(part1) ++ crc32(part2)) from Python's zlib.
        #expect(done["ChecksumCRC32"] == "NSvTHQ==-2")
        #expect(done["ChecksumType"] == "COMPOSITE")
        s3.expectError("CreateMultipartUpload", ["Bucket": "lab-sum", "Key": "m", "ChecksumAlgorithm": "SHA256",
                                                 "ChecksumType": "FULL_OBJECT"], code: "InvalidRequest", status: 400)
    }
}
