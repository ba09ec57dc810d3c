import Foundation
import Testing
@testable import Engine

@Suite struct S3VersioningTests {
    let s3 = S3Fixture()

    init() throws { try s3.makeBucket("lab-ver") }

    func enable(_ status: String = "Enabled") throws {
        try s3.call("PutBucketVersioning", ["Bucket": "lab-ver", "VersioningConfiguration": ["Status": .string(status)]])
    }

    @Test func configuration() throws {
        #expect(try s3.call("GetBucketVersioning", ["Bucket": "lab-ver"]) == .emptyObject)
        try enable()
        #expect(try s3.call("GetBucketVersioning", ["Bucket": "lab-ver"]) == ["Status": "Enabled"])
        try enable("Suspended")
        #expect(try s3.call("GetBucketVersioning", ["Bucket": "lab-ver"]) == ["Status": "Suspended"])
        s3.expectError("PutBucketVersioning", ["Bucket": "lab-ver", "VersioningConfiguration": ["Status": "On"]],
                       code: "MalformedXML", status: 400)
    }

    @Test func versionsAndDeleteMarkers() throws {
        try enable()
        let v1 = try #require(try s3.put("lab-ver", "doc", "one").string("VersionId"))
        s3.cloud.advance(by: 5)
        let v2 = try #require(try s3.put("lab-ver", "doc", "two").string("VersionId"))
        #expect(v1 != v2 && v1.count == 32)
        #expect(try s3.body("lab-ver", "doc") == "two")
        #expect(try s3.body("lab-ver", "doc", [("VersionId", .string(v1))]) == "one")

        let deleted = try s3.call("DeleteObject", ["Bucket": "lab-ver", "Key": "doc"])
        #expect(deleted["DeleteMarker"] == true)
        let marker = try #require(deleted.string("VersionId"))
        s3.expectError("GetObject", ["Bucket": "lab-ver", "Key": "doc"], code: "NoSuchKey", status: 404)
        s3.expectError("HeadObject", ["Bucket": "lab-ver", "Key": "doc"], code: "404", status: 404)
        s3.expectError("GetObject", ["Bucket": "lab-ver", "Key": "doc", "VersionId": .string(marker)],
                       code: "MethodNotAllowed", status: 405)
        #expect(try s3.call("ListObjectsV2", ["Bucket": "lab-ver"]).listedKeys.isEmpty)

        let listing = try s3.call("ListObjectVersions", ["Bucket": "lab-ver"])
        #expect(listing.array("Versions").compactMap { $0.string("VersionId") } == [v2, v1])
        #expect(listing.array("Versions").compactMap { $0.bool("IsLatest") } == [false, false])
        #expect(listing.array("DeleteMarkers").compactMap { $0.string("VersionId") } == [marker])
        #expect(listing.array("DeleteMarkers")[0]["IsLatest"] == true)

        // Removing the delete marker brings the object back.
        let undo = try s3.call("DeleteObject", ["Bucket": "lab-ver", "Key": "doc", "VersionId": .string(marker)])
        #expect(undo == ["DeleteMarker": true, "VersionId": .string(marker)])
        #expect(try s3.body("lab-ver", "doc") == "two")
        // Deleting a version removes it for good.
        try s3.call("DeleteObject", ["Bucket": "lab-ver", "Key": "doc", "VersionId": .string(v2)])
        #expect(try s3.body("lab-ver", "doc") == "one")
        s3.expectError("DeleteBucket", ["Bucket": "lab-ver"], code: "BucketNotEmpty", status: 409)
    }

    @Test func versionIdErrors() throws {
        try enable()
        try s3.put("lab-ver", "doc", "one")
        s3.expectError("GetObject", ["Bucket": "lab-ver", "Key": "doc", "VersionId": "short"],
                       code: "InvalidArgument", status: 400, message: "Invalid version id specified")
        s3.expectError("GetObject", ["Bucket": "lab-ver", "Key": "doc",
                                     "VersionId": "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"],
                       code: "NoSuchVersion", status: 404, message: "The specified version does not exist.")
    }

    @Test func unversionedObjectsAreTheNullVersion() throws {
        try s3.put("lab-ver", "old", "before")
        #expect(try s3.call("HeadObject", ["Bucket": "lab-ver", "Key": "old"])["VersionId"] == nil)
        try enable()
        #expect(try s3.call("HeadObject", ["Bucket": "lab-ver", "Key": "old"])["VersionId"] == "null")
        #expect(try s3.body("lab-ver", "old", [("VersionId", "null")]) == "before")
        try s3.put("lab-ver", "old", "after")
        let versions = try s3.call("ListObjectVersions", ["Bucket": "lab-ver"]).array("Versions")
        #expect(versions.count == 2)
        #expect(versions[1]["VersionId"] == "null")
    }

    @Test func suspendedBucketsOverwriteTheNullVersion() throws {
        try enable()
        try s3.put("lab-ver", "k", "v1")
        try enable("Suspended")
        // A null version written while suspended gets no x-amz-version-id; reads say "null".
        #expect(try s3.put("lab-ver", "k", "n1")["VersionId"] == nil)
        #expect(try s3.call("HeadObject", ["Bucket": "lab-ver", "Key": "k"])["VersionId"] == "null")
        try s3.put("lab-ver", "k", "n2")
        var versions = try s3.call("ListObjectVersions", ["Bucket": "lab-ver"]).array("Versions")
        #expect(versions.count == 2)
        #expect(versions[0]["VersionId"] == "null")
        let deleted = try s3.call("DeleteObject", ["Bucket": "lab-ver", "Key": "k"])
        #expect(deleted == ["DeleteMarker": true, "VersionId": "null"])
        let listing = try s3.call("ListObjectVersions", ["Bucket": "lab-ver"])
        versions = listing.array("Versions")
        #expect(versions.count == 1)
        #expect(listing.array("DeleteMarkers").compactMap { $0.string("VersionId") } == ["null"])
    }

    @Test func versionListingPages() throws {
        try enable()
        for key in ["a", "b"] {
            for n in 1...3 { try s3.put("lab-ver", key, "\(key)\(n)") }
        }
        var collected: [String] = []
        var keyMarker: String?
        var versionMarker: String?
        var pages = 0
        repeat {
            var input: Value = ["Bucket": "lab-ver", "MaxKeys": 4]
            if let keyMarker { input["KeyMarker"] = .string(keyMarker) }
            if let versionMarker { input["VersionIdMarker"] = .string(versionMarker) }
            let out = try s3.call("ListObjectVersions", input)
            collected += out.array("Versions").compactMap { $0.string("Key") }
            keyMarker = out.string("NextKeyMarker")
            versionMarker = out.string("NextVersionIdMarker")
            pages += 1
            if out["IsTruncated"] != true { break }
        } while true
        #expect(pages == 2)
        #expect(collected == ["a", "a", "a", "b", "b", "b"])
    }
}
