import Foundation
import Testing
@testable import Engine

@Suite struct S3ListingTests {
    let s3 = S3Fixture()

    func bucket(_ keys: [String]) throws -> String {
        let name = "lab-list"
        try s3.makeBucket(name)
        for key in keys { try s3.put(name, key, "x") }
        return name
    }

    /// One ListObjects page: keys, prefixes, truncation and NextMarker.
    func v1(_ b: String, prefix: String, delimiter: String, marker: String, max: Int)
        throws -> (keys: [String], prefixes: [String], truncated: Bool, next: String?)
    {
        let out = try s3.call("ListObjects", ["Bucket": .string(b), "Prefix": .string(prefix),
                                              "Delimiter": .string(delimiter), "Marker": .string(marker),
                                              "MaxKeys": .int(max)])
        return (out.listedKeys, out.listedPrefixes, out.bool("IsTruncated") ?? false, out.string("NextMarker"))
    }

    @Test func delimiterAndPrefixPagesV1() throws {
        let b = try bucket(["asdf", "boo/bar", "boo/baz/xyzzy", "cquux/thud", "cquux/bla"])
        var page = try v1(b, prefix: "", delimiter: "/", marker: "", max: 1)
        #expect(page.keys == ["asdf"] && page.prefixes == [] && page.truncated && page.next == "asdf")
        page = try v1(b, prefix: "", delimiter: "/", marker: "asdf", max: 1)
        #expect(page.keys == [] && page.prefixes == ["boo/"] && page.truncated && page.next == "boo/")
        page = try v1(b, prefix: "", delimiter: "/", marker: "boo/", max: 1)
        #expect(page.keys == [] && page.prefixes == ["cquux/"] && !page.truncated && page.next == nil)
        page = try v1(b, prefix: "boo/", delimiter: "/", marker: "", max: 2)
        #expect(page.keys == ["boo/bar"] && page.prefixes == ["boo/baz/"] && !page.truncated)
    }

    @Test func nextMarkerOnlyWithDelimiter() throws {
        let b = try bucket(["a", "b", "c"])
        let out = try s3.call("ListObjects", ["Bucket": .string(b), "MaxKeys": 2])
        #expect(out.listedKeys == ["a", "b"])
        #expect(out["IsTruncated"] == true)
        #expect(out["NextMarker"] == nil)
        #expect(out["Marker"] == "")
        #expect(out["Prefix"] == "")
        #expect(out["MaxKeys"] == 2)
        #expect(out.array("Contents")[0]["Owner"] != nil)
    }

    @Test func continuationTokensV2() throws {
        let b = try bucket(["asdf", "boo/bar", "boo/baz/xyzzy", "cquux/thud", "cquux/bla"])
        var seenKeys: [String] = []
        var seenPrefixes: [String] = []
        var token: String?
        var pages = 0
        repeat {
            var input: Value = ["Bucket": .string(b), "Delimiter": "/", "MaxKeys": 1]
            if let token { input["ContinuationToken"] = .string(token) }
            let out = try s3.call("ListObjectsV2", input)
            #expect(out["KeyCount"] == 1)
            #expect(out["ContinuationToken"] == token.map(Value.string))
            seenKeys += out.listedKeys
            seenPrefixes += out.listedPrefixes
            token = out.string("NextContinuationToken")
            #expect((token != nil) == (out["IsTruncated"] == true))
            pages += 1
        } while token != nil
        #expect(pages == 3)
        #expect(seenKeys == ["asdf"])
        #expect(seenPrefixes == ["boo/", "cquux/"])
        s3.expectError("ListObjectsV2", ["Bucket": .string(b), "ContinuationToken": "garbage"],
                       code: "InvalidArgument", status: 400, message: "The continuation token provided is incorrect")
    }

    @Test func startAfterAndPrefix() throws {
        let b = try bucket(["bar", "baz", "foo", "quxx"])
        let out = try s3.call("ListObjectsV2", ["Bucket": .string(b), "StartAfter": "bar"])
        #expect(out.listedKeys == ["baz", "foo", "quxx"])
        #expect(out["StartAfter"] == "bar")
        #expect(out["KeyCount"] == 3)
        #expect(out["IsTruncated"] == false)
        let prefixed = try s3.call("ListObjectsV2", ["Bucket": .string(b), "Prefix": "ba"])
        #expect(prefixed.listedKeys == ["bar", "baz"])
        let none = try s3.call("ListObjectsV2", ["Bucket": .string(b), "Prefix": "zz"])
        #expect(none["Contents"] == nil)
        #expect(none["KeyCount"] == 0)
        #expect(none["Prefix"] == "zz")
    }

    @Test func maxKeysZeroAndEmptyDelimiter() throws {
        let b = try bucket(["bar", "baz"])
        let zero = try s3.call("ListObjectsV2", ["Bucket": .string(b), "MaxKeys": 0])
        #expect(zero["IsTruncated"] == false)
        #expect(zero.listedKeys.isEmpty)
        let empty = try s3.call("ListObjects", ["Bucket": .string(b), "Delimiter": ""])
        #expect(empty["Delimiter"] == nil)
        #expect(empty.listedKeys == ["bar", "baz"])
        s3.expectError("ListObjects", ["Bucket": .string(b), "MaxKeys": -1], code: "InvalidArgument", status: 400)
    }

    @Test func nonSlashDelimiters() throws {
        let b = try bucket(["bar", "baz", "cab", "foo"])
        let out = try s3.call("ListObjectsV2", ["Bucket": .string(b), "Delimiter": "a"])
        #expect(out.listedKeys == ["foo"])
        #expect(out.listedPrefixes == ["ba", "ca"])
        #expect(out["KeyCount"] == 3)
    }

    @Test func keysSortByUTF8Bytes() throws {
        // "Z" (0x5A) < "a" (0x61) < "é" (0xC3 0xA9) < "😀" (0xF0 ...), and "e\u{301}" differs from "é".
        let b = try bucket(["é", "a", "😀", "Z", "e\u{301}"])
        let out = try s3.call("ListObjectsV2", ["Bucket": .string(b)])
        #expect(out.listedKeys.map { Array($0.utf8) } == ["Z", "a", "e\u{301}", "é", "😀"].map { Array($0.utf8) })
        #expect(out["KeyCount"] == 5)
    }

    @Test func urlEncoding() throws {
        let b = try bucket(["a b.txt", "a+b.txt", "100%.csv", "한글/x.txt"])
        let out = try s3.call("ListObjectsV2", ["Bucket": .string(b), "EncodingType": "url", "Delimiter": "/"])
        #expect(out.listedKeys == ["100%25.csv", "a+b.txt", "a%2Bb.txt"])
        #expect(out.listedPrefixes == ["%ED%95%9C%EA%B8%80/"])
        #expect(out["EncodingType"] == "url")
        s3.expectError("ListObjectsV2", ["Bucket": .string(b), "EncodingType": "base64"], code: "InvalidArgument",
                       status: 400)
    }

    @Test func fetchOwnerV2() throws {
        let b = try bucket(["k"])
        #expect(try s3.call("ListObjectsV2", ["Bucket": .string(b)]).array("Contents")[0]["Owner"] == nil)
        let entry = try s3.call("ListObjectsV2", ["Bucket": .string(b), "FetchOwner": true]).array("Contents")[0]
        #expect(entry["Owner"]?.string("ID")?.count == 64)
        #expect(entry["StorageClass"] == "STANDARD")
        #expect(entry["Size"] == 1)
        #expect(entry["ChecksumAlgorithm"] == ["CRC64NVME"])
    }

    @Test func keysAddedAndRemovedOutOfOrderStaySorted() throws {
        let b = try bucket(["m", "c", "x", "a"])
        try s3.call("DeleteObject", ["Bucket": .string(b), "Key": "c"])
        try s3.put(b, "b", "x")
        try s3.call("DeleteObject", ["Bucket": .string(b), "Key": "x"])
        try s3.put(b, "z", "x")
        try s3.put(b, "c", "x")
        #expect(try s3.call("ListObjectsV2", ["Bucket": .string(b)]).listedKeys == ["a", "b", "c", "m", "z"])
    }
}
