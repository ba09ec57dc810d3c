import Foundation

/// A multipart upload in progress: the attributes the object will get, and its parts.
struct MultipartUpload: Codable, Sendable {
    var uploadId: String
    var key: ObjectKey
    var initiated: Double
    var attributes: ObjectAttributes
    var storageClass: String
    var websiteRedirectLocation: String?
    var tags: [S3Tag]
    var encryption: ObjectEncryption
    /// The checksum algorithm the upload was created with, if any.
    var checksumAlgorithm: ChecksumAlgorithm?
    /// `COMPOSITE` or `FULL_OBJECT` when a checksum algorithm was given.
    var checksumType: String?
    var parts: [Int: UploadedPart] = [:]
}

/// One uploaded part.
struct UploadedPart: Codable, Sendable {
    var partNumber: Int
    var body: Data
    /// Quoted MD5 hex of the part.
    var eTag: String
    var lastModified: Double
    /// Base64 checksum of the part with the upload's algorithm.
    var checksum: String?
}
