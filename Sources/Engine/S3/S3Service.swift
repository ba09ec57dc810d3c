import Crypto
import Foundation

/// Amazon S3: buckets in a global namespace, objects with versions, tags, multipart
/// uploads, bucket policies, default encryption and website configuration. Inputs and
/// outputs use the member names of the S3 API model; timestamps are `.double` epoch
/// seconds, bodies `.blob`.
public final class S3Service: ServiceEngine {
    public static let serviceName = "s3"

    /// The learner's buckets by name.
    var buckets: [String: Bucket] = [:]

    /// The most buckets an account may own (AWS's default quota since 2024).
    static let bucketQuota = 10_000

    public init() {}

    public func perform(_ operation: String, _ input: Value, context: RequestContext) throws -> Value {
        switch operation {
        // Buckets
        case "CreateBucket": return try createBucket(input, context)
        case "DeleteBucket": return try deleteBucket(input, context)
        case "HeadBucket": return try headBucket(input, context)
        case "ListBuckets": return try listBuckets(input, context)
        case "GetBucketLocation": return try getBucketLocation(input, context)
        // Objects
        case "PutObject": return try putObject(input, context)
        case "GetObject": return try getObject(input, context, head: false)
        case "HeadObject": return try getObject(input, context, head: true)
        case "DeleteObject": return try deleteObject(input, context)
        case "DeleteObjects": return try deleteObjects(input, context)
        case "CopyObject": return try copyObject(input, context)
        // Listing
        case "ListObjects": return try listObjects(input, context)
        case "ListObjectsV2": return try listObjectsV2(input, context)
        case "ListObjectVersions": return try listObjectVersions(input, context)
        // Multipart
        case "CreateMultipartUpload": return try createMultipartUpload(input, context)
        case "UploadPart": return try uploadPart(input, context)
        case "UploadPartCopy": return try uploadPartCopy(input, context)
        case "CompleteMultipartUpload": return try completeMultipartUpload(input, context)
        case "AbortMultipartUpload": return try abortMultipartUpload(input, context)
        case "ListMultipartUploads": return try listMultipartUploads(input, context)
        case "ListParts": return try listParts(input, context)
        // Tagging
        case "PutObjectTagging": return try putObjectTagging(input, context)
        case "GetObjectTagging": return try getObjectTagging(input, context)
        case "DeleteObjectTagging": return try deleteObjectTagging(input, context)
        case "PutBucketTagging": return try putBucketTagging(input, context)
        case "GetBucketTagging": return try getBucketTagging(input, context)
        case "DeleteBucketTagging": return try deleteBucketTagging(input, context)
        // Configuration
        case "PutBucketVersioning": return try putBucketVersioning(input, context)
        case "GetBucketVersioning": return try getBucketVersioning(input, context)
        case "PutBucketPolicy": return try putBucketPolicy(input, context)
        case "GetBucketPolicy": return try getBucketPolicy(input, context)
        case "DeleteBucketPolicy": return try deleteBucketPolicy(input, context)
        case "PutBucketEncryption": return try putBucketEncryption(input, context)
        case "GetBucketEncryption": return try getBucketEncryption(input, context)
        case "DeleteBucketEncryption": return try deleteBucketEncryption(input, context)
        case "PutBucketWebsite": return try putBucketWebsite(input, context)
        case "GetBucketWebsite": return try getBucketWebsite(input, context)
        case "DeleteBucketWebsite": return try deleteBucketWebsite(input, context)
        default:
            throw AWSError.notSimulated(service: Self.serviceName, operation: operation)
        }
    }

    // MARK: Identity

    /// The account's canonical user id (64 hex digits), as S3 shows in `Owner.ID`.
    static func canonicalUserId(accountId: String) -> String {
        let digest = SHA256.hash(data: Data("lab-s3-canonical-user:\(accountId)".utf8))
        return digest.map { String(format: "%02x", $0) }.joined()
    }

    /// The `Owner` structure of listings (S3 stopped returning `DisplayName` in 2025).
    func ownerValue(_ context: RequestContext) -> Value {
        ["ID": .string(Self.canonicalUserId(accountId: context.accountId))]
    }

    /// The `Initiator` of multipart uploads: the IAM user who made the request.
    func initiatorValue(_ context: RequestContext) -> Value {
        ["ID": .string("arn:aws:iam::\(context.accountId):user/\(STSService.userName)")]
    }

    // MARK: Codable

    private enum CodingKeys: String, CodingKey { case buckets }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        buckets = try c.decode([String: Bucket].self, forKey: .buckets)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(buckets, forKey: .buckets)
    }
}
