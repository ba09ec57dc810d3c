import Foundation

/// Read-only views of the S3 state, for lesson checks that look at the cloud directly.
extension S3Service {
    /// The names of the learner's buckets, sorted.
    public var bucketNames: [String] { buckets.keys.sorted() }

    /// The region a bucket is in, or nil when the learner has no such bucket.
    public func region(ofBucket name: String) -> String? { buckets[name]?.region }

    /// The versioning status of a bucket: nil if never configured, `Enabled` or `Suspended`.
    public func versioningStatus(ofBucket name: String) -> String? { buckets[name]?.versioningStatus }

    /// The keys of a bucket's current objects (delete markers excluded) in S3's order, or
    /// nil when there is no such bucket.
    public func objectKeys(inBucket name: String) -> [String]? {
        guard let bucket = buckets[name] else { return nil }
        return bucket.sortedKeys().keys.filter { Self.isListed(bucket, $0) }.map(\.string)
    }

    /// The bytes of an object's current version, or nil when it does not exist.
    public func objectData(bucket name: String, key: String) -> Data? {
        guard let object = buckets[name]?.latest(ObjectKey(key)), !object.isDeleteMarker else { return nil }
        return object.body.data
    }
}
