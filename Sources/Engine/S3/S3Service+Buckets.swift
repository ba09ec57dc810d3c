import Foundation

/// Bucket operations: create, delete, head, list, location.
extension S3Service {
    /// Every region name S3 accepts as a `LocationConstraint` (the model's list).
    static let awsRegionNames: Set<String> = [
        "af-south-1", "ap-east-1", "ap-east-2", "ap-northeast-1", "ap-northeast-2", "ap-northeast-3", "ap-south-1",
        "ap-south-2", "ap-southeast-1", "ap-southeast-2", "ap-southeast-3", "ap-southeast-4", "ap-southeast-5",
        "ap-southeast-6", "ap-southeast-7", "ca-central-1", "ca-west-1", "eu-central-1", "eu-central-2",
        "eu-north-1", "eu-south-1", "eu-south-2", "eu-west-1", "eu-west-2", "eu-west-3", "il-central-1",
        "me-central-1", "me-south-1", "mx-central-1", "sa-east-1", "us-east-1", "us-east-2", "us-west-1",
        "us-west-2", "EU",
    ]

    static let objectOwnershipValues: Set<String> = ["BucketOwnerPreferred", "ObjectWriter", "BucketOwnerEnforced"]

    func createBucket(_ input: Value, _ context: RequestContext) throws -> Value {
        let name = try input.requiredString("Bucket")
        guard BucketNaming.isValid(name) else { throw S3Error.invalidBucketName }
        let config = input["CreateBucketConfiguration"]
        let region = try bucketRegion(constraint: config?.string("LocationConstraint"), requestRegion: context.region)

        let ownership = input.string("ObjectOwnership") ?? Bucket.bucketOwnerEnforced
        guard Self.objectOwnershipValues.contains(ownership) else {
            throw S3Error.invalidArgument("Invalid x-amz-object-ownership header: \(ownership)")
        }
        let grants = ["GrantFullControl", "GrantRead", "GrantReadACP", "GrantWrite", "GrantWriteACP"]
        let asksForACL = (input.string("ACL").map { $0 != "private" } ?? false) || grants.contains { input[$0] != nil }
        if asksForACL, ownership == Bucket.bucketOwnerEnforced { throw S3Error.invalidBucketAclWithObjectOwnership }

        if let existing = buckets[name] {
            // Legacy behaviour of N. Virginia: re-creating your own bucket there succeeds.
            if context.region == "us-east-1", existing.region == "us-east-1" { return locationOutput(existing) }
            throw S3Error.bucketAlreadyOwnedByYou
        }
        if BucketNaming.isOwnedByOthers(name) { throw S3Error.bucketAlreadyExists }
        if buckets.count >= Self.bucketQuota { throw S3Error.tooManyBuckets }

        var tags: [S3Tag]?
        if let tagList = config?["Tags"] {
            let parsed = try S3Tagging.tagSet(["TagSet": tagList])
            try S3Tagging.validate(parsed, forBucket: true)
            tags = parsed.isEmpty ? nil : parsed
        }
        let constraint = region.constraint
        let bucket = Bucket(name: name, region: region.name, locationConstraint: constraint,
                            creationDate: Self.timestamp(context))
        bucket.objectOwnership = ownership
        bucket.tags = tags
        if input.bool("ObjectLockEnabledForBucket") == true { bucket.versioningStatus = "Enabled" }
        buckets[name] = bucket
        return locationOutput(bucket)
    }

    /// Where a new bucket goes, by S3's `LocationConstraint` rules: us-east-1 takes none
    /// (naming it is invalid) and accepts any other; other regions need their own name.
    private func bucketRegion(constraint: String?, requestRegion: String) throws
        -> (name: String, constraint: String?)
    {
        guard let constraint, !constraint.isEmpty else {
            if requestRegion == "us-east-1" { return ("us-east-1", nil) }
            throw S3Error.illegalLocationConstraint(nil)
        }
        guard Self.awsRegionNames.contains(constraint) else { throw S3Error.invalidLocationConstraint }
        if requestRegion == "us-east-1", constraint == "us-east-1" { throw S3Error.invalidLocationConstraint }
        let target = constraint == "EU" ? "eu-west-1" : constraint
        guard Region.named(target) != nil, requestRegion == "us-east-1" || requestRegion == target else {
            throw S3Error.illegalLocationConstraint(constraint)
        }
        return (target, constraint)
    }

    private func locationOutput(_ bucket: Bucket) -> Value {
        if bucket.region == "us-east-1" { return ["Location": .string("/\(bucket.name)")] }
        return ["Location": .string("http://\(bucket.name).s3.amazonaws.com/")]
    }

    func deleteBucket(_ input: Value, _ context: RequestContext) throws -> Value {
        let bucket = try ownedBucket(input, context)
        guard bucket.isEmpty else { throw S3Error.bucketNotEmpty }
        buckets[bucket.name] = nil
        return .emptyObject
    }

    func headBucket(_ input: Value, _ context: RequestContext) throws -> Value {
        let bucket = try ownedBucket(input, context, head: true)
        return ["BucketRegion": .string(bucket.region), "AccessPointAlias": false]
    }

    func getBucketLocation(_ input: Value, _ context: RequestContext) throws -> Value {
        let bucket = try ownedBucket(input, context)
        return ["LocationConstraint": bucket.locationConstraint.map(Value.string) ?? .null]
    }

    func listBuckets(_ input: Value, _ context: RequestContext) throws -> Value {
        let prefix = input.string("Prefix")
        let regionFilter = input.string("BucketRegion")
        let token = input.string("ContinuationToken")
        var limit = 10_000
        if let raw = input["MaxBuckets"] {
            guard let n = raw.intValue, (1...10_000).contains(n) else {
                throw S3Error.invalidArgument("Provided max-buckets not an integer or within integer range")
            }
            limit = n
        }
        let filtered = input["MaxBuckets"] != nil || token != nil || prefix != nil || regionFilter != nil
        var after: String?
        if let token {
            guard let name = Self.decodeToken(token) else { throw S3Error.invalidContinuationToken }
            after = name
        }
        let names = buckets.keys.sorted().filter { name in
            if let after, name <= after { return false }
            if let prefix, !name.hasPrefix(prefix) { return false }
            if let regionFilter, buckets[name]?.region != regionFilter { return false }
            return true
        }
        let page = names.prefix(limit)
        let entries: [Value] = page.compactMap { name in
            guard let bucket = buckets[name] else { return nil }
            var members: [(String, Value)] = [
                ("Name", .string(bucket.name)), ("CreationDate", .double(bucket.creationDate)),
            ]
            if filtered { members.append(("BucketRegion", .string(bucket.region))) }
            return Value.s3Object(members)
        }
        var out: [(String, Value)] = [("Buckets", .array(entries)), ("Owner", ownerValue(context))]
        if names.count > page.count, let last = page.last {
            out.append(("ContinuationToken", .string(Self.encodeToken(last))))
        }
        if let prefix { out.append(("Prefix", .string(prefix))) }
        return Value.s3Object(out)
    }

    // MARK: Continuation tokens

    /// An opaque continuation token for a position (base64 of a versioned marker).
    static func encodeToken(_ marker: String) -> String {
        Data("1\u{0}\(marker)".utf8).base64EncodedString()
    }

    static func decodeToken(_ token: String) -> String? {
        guard let data = Data(base64Encoded: token), data.starts(with: [UInt8(ascii: "1"), 0]) else { return nil }
        return String(validating: Array(data.dropFirst(2)), as: UTF8.self)
    }
}
