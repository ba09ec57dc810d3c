import Foundation
import Testing
@testable import Engine

@Suite struct S3BucketTests {
    let s3 = S3Fixture()

    @Test func createInUSEast1WithoutConstraint() throws {
        let out = try s3.call("CreateBucket", ["Bucket": "lab-bucket-1"])
        #expect(out == ["Location": "/lab-bucket-1"])
        let location = try s3.call("GetBucketLocation", ["Bucket": "lab-bucket-1"])
        #expect(location == ["LocationConstraint": .null])
        let head = try s3.call("HeadBucket", ["Bucket": "lab-bucket-1"])
        #expect(head == ["BucketRegion": "us-east-1", "AccessPointAlias": false])
    }

    @Test func createInOtherRegionNeedsMatchingConstraint() throws {
        s3.expectError("CreateBucket", ["Bucket": "lab-eu"], code: "IllegalLocationConstraintException", status: 400,
                       message: "The unspecified location constraint is incompatible for the region specific endpoint "
                           + "this request was sent to.", region: "eu-west-1")
        s3.expectError("CreateBucket",
                       ["Bucket": "lab-eu", "CreateBucketConfiguration": ["LocationConstraint": "us-west-2"]],
                       code: "IllegalLocationConstraintException", status: 400,
                       message: "The us-west-2 location constraint is incompatible for the region specific endpoint "
                           + "this request was sent to.", region: "eu-west-1")
        let out = try s3.makeBucket("lab-eu", region: "eu-west-1")
        #expect(out == ["Location": "http://lab-eu.s3.amazonaws.com/"])
        #expect(try s3.call("GetBucketLocation", ["Bucket": "lab-eu"]) == ["LocationConstraint": "eu-west-1"])
        #expect(try s3.call("HeadBucket", ["Bucket": "lab-eu"])["BucketRegion"] == "eu-west-1")
    }

    @Test func usEast1RejectsItsOwnNameAsConstraint() {
        s3.expectError("CreateBucket",
                       ["Bucket": "lab-x", "CreateBucketConfiguration": ["LocationConstraint": "us-east-1"]],
                       code: "InvalidLocationConstraint", status: 400,
                       message: "The specified location-constraint is not valid")
        s3.expectError("CreateBucket",
                       ["Bucket": "lab-x", "CreateBucketConfiguration": ["LocationConstraint": "mars-1"]],
                       code: "InvalidLocationConstraint", status: 400)
    }

    @Test func usEast1EndpointCanCreateInAnotherRegion() throws {
        try s3.call("CreateBucket", ["Bucket": "lab-tokyo",
                                     "CreateBucketConfiguration": ["LocationConstraint": "ap-northeast-1"]])
        #expect(try s3.call("GetBucketLocation", ["Bucket": "lab-tokyo"]) == ["LocationConstraint": "ap-northeast-1"])
    }

    @Test func recreatingOwnBucket() throws {
        try s3.makeBucket("lab-mine")
        // N. Virginia answers 200 for a bucket you already own there.
        #expect(try s3.call("CreateBucket", ["Bucket": "lab-mine"]) == ["Location": "/lab-mine"])
        try s3.makeBucket("lab-mine-eu", region: "eu-west-1")
        s3.expectError("CreateBucket",
                       ["Bucket": "lab-mine-eu", "CreateBucketConfiguration": ["LocationConstraint": "eu-west-1"]],
                       code: "BucketAlreadyOwnedByYou", status: 409,
                       message: "Your previous request to create the named bucket succeeded and you already own it.",
                       region: "eu-west-1")
        s3.expectError("CreateBucket", ["Bucket": "lab-mine-eu"], code: "BucketAlreadyOwnedByYou", status: 409)
    }

    @Test func commonNamesBelongToOtherAccounts() {
        for name in ["test", "my-bucket", "mybucket", "logs", "images"] {
            s3.expectError("CreateBucket", ["Bucket": .string(name)], code: "BucketAlreadyExists", status: 409)
            s3.expectError("HeadBucket", ["Bucket": .string(name)], code: "403", status: 403, message: "Forbidden")
            s3.expectError("ListObjectsV2", ["Bucket": .string(name)], code: "AccessDenied", status: 403,
                           message: "Access Denied")
            s3.expectError("GetObject", ["Bucket": .string(name), "Key": "a"], code: "AccessDenied", status: 403)
            s3.expectError("DeleteBucket", ["Bucket": .string(name)], code: "AccessDenied", status: 403)
        }
    }

    @Test(arguments: [
        "ab", String(repeating: "a", count: 64), "My-Bucket", "under_score", "-start", "end-", ".dot", "dot.",
        "two..dots", "192.168.5.4", "xn--punycode", "sthree-bucket", "amzn-s3-demo-bucket", "name-s3alias",
        "name--ol-s3", "name.mrap", "name--x-s3", "name--table-s3", "spa ce", "émoji",
    ])
    func invalidNames(name: String) {
        s3.expectError("CreateBucket", ["Bucket": .string(name)], code: "InvalidBucketName", status: 400,
                       message: "The specified bucket is not valid.")
    }

    @Test(arguments: ["abc", String(repeating: "a", count: 63), "my.dotted.bucket", "a-b-c", "192.168.5.x", "1bucket"])
    func validNames(name: String) throws {
        try s3.makeBucket(name)
        #expect(try s3.call("HeadBucket", ["Bucket": .string(name)])["BucketRegion"] == "us-east-1")
    }

    @Test func missingBuckets() {
        s3.expectError("HeadBucket", ["Bucket": "lab-none"], code: "404", status: 404, message: "Not Found")
        s3.expectError("GetBucketLocation", ["Bucket": "lab-none"], code: "NoSuchBucket", status: 404,
                       message: "The specified bucket does not exist")
        s3.expectError("DeleteBucket", ["Bucket": "lab-none"], code: "NoSuchBucket", status: 404)
        s3.expectError("PutObject", ["Bucket": "lab-none", "Key": "k"], code: "NoSuchBucket", status: 404)
    }

    @Test func expectedBucketOwnerMustMatch() throws {
        try s3.makeBucket("lab-owned")
        s3.expectError("ListObjectsV2", ["Bucket": "lab-owned", "ExpectedBucketOwner": "111122223333"],
                       code: "AccessDenied", status: 403)
        _ = try s3.call("ListObjectsV2", ["Bucket": "lab-owned", "ExpectedBucketOwner": "123456789012"])
    }

    @Test func deleteBucketMustBeEmpty() throws {
        try s3.makeBucket("lab-del")
        try s3.put("lab-del", "file.txt", "x")
        s3.expectError("DeleteBucket", ["Bucket": "lab-del"], code: "BucketNotEmpty", status: 409,
                       message: "The bucket you tried to delete is not empty")
        try s3.call("DeleteObject", ["Bucket": "lab-del", "Key": "file.txt"])
        #expect(try s3.call("DeleteBucket", ["Bucket": "lab-del"]) == .emptyObject)
        s3.expectError("HeadBucket", ["Bucket": "lab-del"], code: "404", status: 404)
    }

    @Test func listBucketsSortedWithOwner() throws {
        try s3.makeBucket("lab-zeta")
        s3.cloud.advance(by: 61.5)
        try s3.makeBucket("lab-alpha", region: "eu-west-1")
        let out = try s3.call("ListBuckets")
        let names = out.array("Buckets").compactMap { $0.string("Name") }
        #expect(names == ["lab-alpha", "lab-zeta"])
        let alpha = out.array("Buckets")[0]
        #expect(alpha["CreationDate"] == .double(VirtualClock.defaultStart + 61))
        #expect(alpha["BucketRegion"] == nil)
        #expect(out["Owner"]?.string("ID")?.count == 64)
        #expect(out["Owner"]?["DisplayName"] == nil)
        #expect(out["ContinuationToken"] == nil)
    }

    @Test func listBucketsFiltersAndPages() throws {
        for name in ["lab-a1", "lab-a2", "lab-a3", "lab-b1"] { try s3.makeBucket(name) }
        try s3.makeBucket("lab-a4", region: "eu-west-1")
        let first = try s3.call("ListBuckets", ["Prefix": "lab-a", "MaxBuckets": 2])
        #expect(first.array("Buckets").compactMap { $0.string("Name") } == ["lab-a1", "lab-a2"])
        #expect(first.array("Buckets")[0]["BucketRegion"] == "us-east-1")
        #expect(first["Prefix"] == "lab-a")
        let token = try #require(first.string("ContinuationToken"))
        let second = try s3.call("ListBuckets", ["Prefix": "lab-a", "MaxBuckets": 2, "ContinuationToken": .string(token)])
        #expect(second.array("Buckets").compactMap { $0.string("Name") } == ["lab-a3", "lab-a4"])
        #expect(second["ContinuationToken"] == nil)
        let eu = try s3.call("ListBuckets", ["BucketRegion": "eu-west-1"])
        #expect(eu.array("Buckets").compactMap { $0.string("Name") } == ["lab-a4"])
        s3.expectError("ListBuckets", ["ContinuationToken": "not-a-token"], code: "InvalidArgument", status: 400)
    }

    @Test func cannedACLsAreRefusedUnderBucketOwnerEnforced() throws {
        s3.expectError("CreateBucket", ["Bucket": "lab-acl", "ACL": "public-read"],
                       code: "InvalidBucketAclWithObjectOwnership", status: 400)
        try s3.call("CreateBucket", ["Bucket": "lab-acl", "ACL": "public-read", "ObjectOwnership": "ObjectWriter"])
        try s3.makeBucket("lab-acl2")
        s3.expectError("PutObject", ["Bucket": "lab-acl2", "Key": "k", "ACL": "public-read"],
                       code: "AccessControlListNotSupported", status: 400)
        try s3.put("lab-acl2", "k", extra: [("ACL", "bucket-owner-full-control")])
    }

    @Test func bucketQuotaIsTenThousand() throws {
        for i in 0..<S3Service.bucketQuota {
            _ = try s3.cloud.call("s3", "CreateBucket", ["Bucket": .string("lab-q-\(i)")], region: "us-east-1")
        }
        s3.expectError("CreateBucket", ["Bucket": "lab-one-too-many"], code: "TooManyBuckets", status: 400,
                       message: "You have attempted to create more buckets than allowed")
    }

    @Test func inspectionViews() throws {
        try s3.makeBucket("lab-view", region: "eu-west-2")
        try s3.put("lab-view", "b", "2")
        try s3.put("lab-view", "a", "1")
        let service = s3.cloud.service(S3Service.self)
        #expect(service.bucketNames == ["lab-view"])
        #expect(service.region(ofBucket: "lab-view") == "eu-west-2")
        #expect(service.objectKeys(inBucket: "lab-view") == ["a", "b"])
        #expect(service.objectData(bucket: "lab-view", key: "b") == Data("2".utf8))
        #expect(service.objectKeys(inBucket: "lab-nothing") == nil)
        #expect(service.versioningStatus(ofBucket: "lab-view") == nil)
    }
}
