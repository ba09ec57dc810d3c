import Foundation

/// One version of an object, or a delete marker. In a bucket that never had versioning the
/// only version of a key is the `null` version.
struct S3Object: Codable, Sendable {
    var key: ObjectKey
    /// The version id; `nil` is the `null` version.
    var versionId: String?
    var isDeleteMarker: Bool = false
    /// The object's bytes, shared (not copied) between versions, copies and reads.
    var body = ObjectBody()
    /// Quoted ETag, as S3 returns it: `"<md5 hex>"` or `"<md5 of md5s>-<parts>"`.
    var eTag: String = ""
    var lastModified: Double
    /// Content headers and user metadata (what `MetadataDirective` copies or replaces).
    var attributes: ObjectAttributes = ObjectAttributes()
    var storageClass: String = "STANDARD"
    var websiteRedirectLocation: String?
    var tags: [S3Tag] = []
    var encryption: ObjectEncryption = ObjectEncryption()
    var checksum: ObjectChecksum = ObjectChecksum()
    /// Byte sizes of the parts when the object came from a multipart upload.
    var partSizes: [Int]?

    init(key: ObjectKey, versionId: String?, lastModified: Double) {
        self.key = key
        self.versionId = versionId
        self.lastModified = lastModified
    }

    var size: Int { body.count }

    /// The version id as S3 prints it (`null` for the null version).
    var versionIdText: String { versionId ?? "null" }

    /// A delete marker for `key`.
    static func deleteMarker(key: ObjectKey, versionId: String?, at time: Double) -> S3Object {
        var marker = S3Object(key: key, versionId: versionId, lastModified: time)
        marker.isDeleteMarker = true
        return marker
    }
}
