import Foundation
import Testing
@testable import Engine

@Suite struct S3SnapshotTests {
    @Test func hundredObjectBucketRoundTrips() throws {
        let s3 = S3Fixture()
        try s3.makeBucket("lab-snap", region: "eu-west-1")
        try s3.makeBucket("lab-snap-ver")
        try s3.call("PutBucketVersioning", ["Bucket": "lab-snap-ver", "VersioningConfiguration": ["Status": "Enabled"]])
        for i in (0..<100).reversed() {
            try s3.put("lab-snap", "obj/\(i)", "body \(i)", extra: [("Metadata", ["n": .string("\(i)")])])
        }
        try s3.put("lab-snap-ver", "k", "one")
        try s3.put("lab-snap-ver", "k", "two")
        try s3.call("DeleteObject", ["Bucket": "lab-snap-ver", "Key": "k"])
        try s3.call("PutBucketTagging", ["Bucket": "lab-snap", "Tagging": ["TagSet": [["Key": "a", "Value": "b"]]]])
        let upload = try s3.call("CreateMultipartUpload", ["Bucket": "lab-snap", "Key": "pending"])

        let data = try s3.cloud.snapshot()
        let restored = S3Fixture(cloud: try Cloud(snapshot: data))
        #expect(try restored.cloud.snapshot() == data)

        let before = try s3.call("ListObjectsV2", ["Bucket": "lab-snap"])
        let after = try restored.call("ListObjectsV2", ["Bucket": "lab-snap"])
        #expect(after == before)
        #expect(after["KeyCount"] == 100)
        #expect(try restored.body("lab-snap", "obj/42") == "body 42")
        #expect(try restored.call("HeadObject", ["Bucket": "lab-snap", "Key": "obj/7"])["Metadata"] == ["n": "7"])
        #expect(try restored.call("ListObjectVersions", ["Bucket": "lab-snap-ver"])
            == (try s3.call("ListObjectVersions", ["Bucket": "lab-snap-ver"])))
        #expect(try restored.call("GetBucketLocation", ["Bucket": "lab-snap"]) == ["LocationConstraint": "eu-west-1"])
        #expect(try restored.call("GetBucketTagging", ["Bucket": "lab-snap"])["TagSet"] == [["Key": "a", "Value": "b"]])
        #expect(try restored.call("ListMultipartUploads", ["Bucket": "lab-snap"]).array("Uploads").first?["UploadId"]
            == upload["UploadId"])
        // The restored cloud keeps going: new keys merge into the rebuilt index.
        try restored.put("lab-snap", "obj/50a", "new")
        let page = try restored.call("ListObjectsV2", ["Bucket": "lab-snap", "StartAfter": "obj/50", "MaxKeys": 2])
        #expect(page.listedKeys == ["obj/50a", "obj/51"])
    }

    @Test func sameSeedSameIds() throws {
        func run() throws -> [Value] {
            let s3 = S3Fixture(seed: 42)
            try s3.makeBucket("lab-ids")
            try s3.call("PutBucketVersioning", ["Bucket": "lab-ids", "VersioningConfiguration": ["Status": "Enabled"]])
            return [
                try s3.put("lab-ids", "a", "1"),
                try s3.call("CreateMultipartUpload", ["Bucket": "lab-ids", "Key": "m"]),
            ]
        }
        #expect(try run() == (try run()))
    }
}

extension S3Fixture {
    init(cloud: Cloud) { self.cloud = cloud }
}
