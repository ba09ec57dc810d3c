import Foundation

/// A bucket of the learner's account: its configuration, its objects (every version of
/// every key, newest first) and its multipart uploads in progress.
final class Bucket: Codable {
    let name: String
    let region: String
    /// The `LocationConstraint` the bucket was created with (nil in us-east-1).
    let locationConstraint: String?
    let creationDate: Double
    /// nil until versioning is first configured; then `Enabled` or `Suspended`.
    var versioningStatus: String?
    var mfaDelete: String?
    /// nil when the bucket has no tag set (`NoSuchTagSet`).
    var tags: [S3Tag]?
    /// The bucket policy text as given.
    var policy: String?
    var encryption: BucketEncryption = BucketEncryption()
    /// nil until `PutBucketWebsite` (`NoSuchWebsiteConfiguration`).
    var website: WebsiteConfiguration?
    var objectOwnership: String = Bucket.bucketOwnerEnforced
    var uploads: [String: MultipartUpload] = [:]

    private var versionsByKey: [ObjectKey: [S3Object]] = [:]
    private var index = ObjectKeyIndex()

    static let bucketOwnerEnforced = "BucketOwnerEnforced"

    init(name: String, region: String, locationConstraint: String?, creationDate: Double) {
        self.name = name
        self.region = region
        self.locationConstraint = locationConstraint
        self.creationDate = creationDate
    }

    // MARK: Versions

    var isVersioningEnabled: Bool { versioningStatus == "Enabled" }
    /// Whether versioning was ever configured (then null versions report `VersionId: null`).
    var hasVersioningConfiguration: Bool { versioningStatus != nil }

    /// Whether the bucket holds no object versions and no delete markers.
    var isEmpty: Bool { versionsByKey.isEmpty }

    /// Every version of `key`, newest first.
    func versions(of key: ObjectKey) -> [S3Object] { versionsByKey[key] ?? [] }

    /// The current version of `key` (possibly a delete marker).
    func latest(_ key: ObjectKey) -> S3Object? { versionsByKey[key]?.first }

    /// The version `versionId` (`null` for the null version) of `key`.
    func version(_ versionId: String, of key: ObjectKey) -> S3Object? {
        versionsByKey[key]?.first { $0.versionIdText == versionId }
    }

    /// Makes `object` the current version of its key. A null version replaces the previous
    /// null version of the key, as S3 does in unversioned and suspended buckets.
    func store(_ object: S3Object) {
        var list = versionsByKey[object.key] ?? []
        if list.isEmpty { index.insert(object.key) }
        if object.versionId == nil { list.removeAll { $0.versionId == nil } }
        list.insert(object, at: 0)
        versionsByKey[object.key] = list
    }

    /// Replaces a stored version in place (tags, cached checksums), keeping its position.
    func update(_ object: S3Object) {
        guard var list = versionsByKey[object.key],
              let i = list.firstIndex(where: { $0.versionId == object.versionId }) else { return }
        list[i] = object
        versionsByKey[object.key] = list
    }

    /// Removes one version of `key`; returns it.
    @discardableResult
    func removeVersion(_ versionId: String, of key: ObjectKey) -> S3Object? {
        guard var list = versionsByKey[key], let i = list.firstIndex(where: { $0.versionIdText == versionId }) else {
            return nil
        }
        let removed = list.remove(at: i)
        if list.isEmpty {
            versionsByKey[key] = nil
            index.remove(key)
        } else {
            versionsByKey[key] = list
        }
        return removed
    }

    /// The keys in S3's order, for listings (merges pending index changes first).
    func sortedKeys() -> ObjectKeyIndex {
        index.normalize()
        return index
    }

    // MARK: Codable

    private enum CodingKeys: String, CodingKey {
        case name, region, locationConstraint, creationDate, versioningStatus, mfaDelete, tags, policy
        case encryption, website, objectOwnership, uploads, objects
    }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        region = try c.decode(String.self, forKey: .region)
        locationConstraint = try c.decodeIfPresent(String.self, forKey: .locationConstraint)
        creationDate = try c.decode(Double.self, forKey: .creationDate)
        versioningStatus = try c.decodeIfPresent(String.self, forKey: .versioningStatus)
        mfaDelete = try c.decodeIfPresent(String.self, forKey: .mfaDelete)
        tags = try c.decodeIfPresent([S3Tag].self, forKey: .tags)
        policy = try c.decodeIfPresent(String.self, forKey: .policy)
        encryption = try c.decode(BucketEncryption.self, forKey: .encryption)
        website = try c.decodeIfPresent(WebsiteConfiguration.self, forKey: .website)
        objectOwnership = try c.decode(String.self, forKey: .objectOwnership)
        uploads = try c.decode([String: MultipartUpload].self, forKey: .uploads)
        // Stored flat, key by key, each key's versions newest first.
        for object in try c.decode([S3Object].self, forKey: .objects) {
            versionsByKey[object.key, default: []].append(object)
        }
        index = ObjectKeyIndex(versionsByKey.keys)
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(region, forKey: .region)
        try c.encodeIfPresent(locationConstraint, forKey: .locationConstraint)
        try c.encode(creationDate, forKey: .creationDate)
        try c.encodeIfPresent(versioningStatus, forKey: .versioningStatus)
        try c.encodeIfPresent(mfaDelete, forKey: .mfaDelete)
        try c.encodeIfPresent(tags, forKey: .tags)
        try c.encodeIfPresent(policy, forKey: .policy)
        try c.encode(encryption, forKey: .encryption)
        try c.encodeIfPresent(website, forKey: .website)
        try c.encode(objectOwnership, forKey: .objectOwnership)
        try c.encode(uploads, forKey: .uploads)
        let keys = sortedKeys().keys
        try c.encode(keys.flatMap { versions(of: $0) }, forKey: .objects)
    }
}
