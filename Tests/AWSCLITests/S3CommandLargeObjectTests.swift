@testable import AWSCLI
@testable import Engine
import Foundation
import Testing

/// Large files and big buckets through `aws s3`, with the calls s3transfer makes: multipart
/// uploads, ranged downloads, multipart copies. (Their speed is measured by `lab bench s3`.)
@Suite(.serialized) struct S3CommandLargeObjectTests {
    static let mebibyte = 1_048_576
    /// 20 MiB + 5 bytes: three 8 MiB parts, the last one short.
    static let fileSize = 20 * mebibyte + 5

    static func payload(_ size: Int = fileSize) -> Data {
        var bytes = [UInt8](repeating: 0, count: size)
        for i in bytes.indices { bytes[i] = UInt8(truncatingIfNeeded: i &* 2_654_435_761 >> 13) }
        return Data(bytes)
    }

    /// md5(md5(part 1) + md5(part 2) + ...)-N of 8 MiB parts, worked out here independently.
    static func multipartETag(_ data: Data, partSize: Int = 8 * mebibyte) -> String {
        var digests = Data()
        var count = 0
        for start in stride(from: 0, to: data.count, by: partSize) {
            digests.append(S3ETag.md5(data.subdata(in: start..<min(start + partSize, data.count))))
            count += 1
        }
        return "\"\(S3ETag.hex(S3ETag.md5(digests)))-\(count)\""
    }

    @Test func listingManyKeysPrintsEveryKey() throws {
        let h = S3CommandHarness()
        h.aws("s3 mb s3://lab-many-keys")
        for i in 0..<5_000 {
            try h.s3("PutObject", ["Bucket": "lab-many-keys", "Key": .string("dir/key-\(i)"), "Body": .blob(Data())])
        }
        let result = h.aws("s3 ls s3://lab-many-keys --recursive")
        #expect(result.exitCode == 0)
        let lines = result.stdoutText.split(separator: "\n")
        #expect(lines.count == 5_000)
        #expect(lines.first?.hasSuffix(" 0 dir/key-0") == true)
        #expect(lines.last?.hasSuffix(" 0 dir/key-999") == true)
    }

    @Test func largeFileGoesUpInPartsAndComesBackInRanges() throws {
        let h = S3CommandHarness()
        h.aws("s3 mb s3://lab-big-file")
        let data = Self.payload()
        try h.files.write("big.bin", data, append: false)
        let up = h.aws("s3 cp big.bin s3://lab-big-file/big.bin")
        #expect(up.stdoutText == "upload: ./big.bin to s3://lab-big-file/big.bin\n")
        let head = try h.s3("HeadObject", ["Bucket": "lab-big-file", "Key": "big.bin", "PartNumber": 3])
        #expect(head["ETag"] == .string(Self.multipartETag(data)))
        #expect(head["PartsCount"] == 3)
        #expect(head["ContentLength"] == .int(4 * Self.mebibyte + 5))

        let down = h.aws("s3 cp s3://lab-big-file/big.bin copy.bin")
        #expect(down.stdoutText == "download: s3://lab-big-file/big.bin to ./copy.bin\n")
        #expect(try h.files.read("copy.bin") == data)
        #expect(S3ObjectTransfers.downloadRanges(size: Self.fileSize)
            == ["bytes=0-8388607", "bytes=8388608-16777215", "bytes=16777216-20971524"])
        #expect(S3ObjectTransfers.downloadRanges(size: 8 * Self.mebibyte - 1).isEmpty)
    }

    @Test func largeCopyIsAMultipartCopyThatKeepsPropertiesAndTags() throws {
        let h = S3CommandHarness()
        h.aws("s3 mb s3://lab-copy-from")
        h.aws("s3 mb s3://lab-copy-to")
        let data = Self.payload()
        try h.s3("PutObject", ["Bucket": "lab-copy-from", "Key": "video.raw", "Body": .blob(data),
                               "ContentType": "video/raw", "Metadata": ["owner": "ana"], "Tagging": "team=blue"])
        let copy = h.aws("s3 cp s3://lab-copy-from/video.raw s3://lab-copy-to/video.raw")
        #expect(copy.stdoutText == "copy: s3://lab-copy-from/video.raw to s3://lab-copy-to/video.raw\n")
        #expect(copy.exitCode == 0)
        let head = try h.s3("HeadObject", ["Bucket": "lab-copy-to", "Key": "video.raw"])
        // A multipart copy gets a multipart ETag, unlike the single-part source.
        #expect(head["ETag"] == .string(Self.multipartETag(data)))
        #expect(head["ContentType"] == "video/raw")
        #expect(head["Metadata"] == ["owner": "ana"])
        let tags = try h.s3("GetObjectTagging", ["Bucket": "lab-copy-to", "Key": "video.raw"])
        #expect(tags["TagSet"] == [["Key": "team", "Value": "blue"]])
        let body = try h.s3("GetObject", ["Bucket": "lab-copy-to", "Key": "video.raw"])
        #expect(body["Body"] == .blob(data))

        // --copy-props none: neither properties nor tags; --metadata replaces them.
        h.aws("s3 cp s3://lab-copy-from/video.raw s3://lab-copy-to/bare.raw --copy-props none")
        let bare = try h.s3("HeadObject", ["Bucket": "lab-copy-to", "Key": "bare.raw"])
        #expect(bare["Metadata"] == [:])
        #expect(try h.s3("GetObjectTagging", ["Bucket": "lab-copy-to", "Key": "bare.raw"])["TagSet"] == [])
        h.aws("s3 cp s3://lab-copy-from/video.raw s3://lab-copy-to/meta.raw --metadata owner=bo")
        let meta = try h.s3("HeadObject", ["Bucket": "lab-copy-to", "Key": "meta.raw"])
        #expect(meta["Metadata"] == ["owner": "bo"])
    }

    @Test func aFailedLargeCopyLeavesNoUploadBehind() throws {
        let h = S3CommandHarness()
        h.aws("s3 mb s3://lab-copy-src")
        try h.s3("PutObject", ["Bucket": "lab-copy-src", "Key": "big", "Body": .blob(Self.payload()),
                               "StorageClass": "GLACIER"])
        let copy = h.aws("s3 cp s3://lab-copy-src/big s3://lab-copy-src/big2 --force-glacier-transfer")
        #expect(copy.exitCode == 1)
        #expect(copy.stderrText.contains("InvalidObjectState"))
        let uploads = try h.s3("ListMultipartUploads", ["Bucket": "lab-copy-src"])
        #expect(uploads["Uploads"] == nil || uploads["Uploads"] == [])
    }
}
