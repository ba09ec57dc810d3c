/// Finding the bucket, key and version a request names, with S3's errors for what is
/// missing or belongs to another account.
extension S3Service {
    /// The learner's bucket named by `Bucket`. A name another account holds is
    /// `AccessDenied`; a HEAD request gets bare status codes instead.
    func ownedBucket(_ input: Value, _ context: RequestContext, head: Bool = false) throws -> Bucket {
        let name = try input.requiredString("Bucket")
        if let expected = input.string("ExpectedBucketOwner"), expected != context.accountId {
            throw head ? S3Error.headForbidden : S3Error.accessDenied
        }
        if let bucket = buckets[name] { return bucket }
        if BucketNaming.isOwnedByOthers(name) { throw head ? S3Error.headForbidden : S3Error.accessDenied }
        throw head ? S3Error.headNotFound : S3Error.noSuchBucket
    }

    /// The `Key` member, checked against S3's 1024-byte limit.
    func objectKey(_ input: Value) throws -> ObjectKey {
        let key = ObjectKey(try input.requiredString("Key"))
        if key.byteCount > 1024 { throw S3Error.keyTooLong }
        return key
    }

    /// Whether a version id has the form S3 gives them (or is `null`).
    static func isWellFormedVersionId(_ id: String) -> Bool {
        if id == "null" { return true }
        guard id.utf8.count == 32 else { return false }
        return id.unicodeScalars.allSatisfy { $0.isASCII && (versionIdAlphabetSet.contains(Character($0))) }
    }

    static let versionIdAlphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._")
    private static let versionIdAlphabetSet = Set(versionIdAlphabet)

    /// A new version id for a versioning-enabled bucket.
    func newVersionId(_ context: RequestContext) -> String {
        context.cloud.ids.string(32, from: Self.versionIdAlphabet)
    }

    /// The version a read names: `VersionId` if given, else the current one. A current
    /// delete marker reads as a missing key; naming a delete marker is `MethodNotAllowed`.
    func readableVersion(_ bucket: Bucket, _ key: ObjectKey, _ input: Value, head: Bool) throws -> S3Object {
        if let versionId = input.string("VersionId") {
            guard Self.isWellFormedVersionId(versionId) else {
                throw head ? S3Error.headBadRequest : S3Error.invalidVersionId
            }
            guard let object = bucket.version(versionId, of: key) else {
                throw head ? S3Error.headNotFound : S3Error.noSuchVersion
            }
            if object.isDeleteMarker { throw head ? S3Error.headMethodNotAllowed : S3Error.methodNotAllowed }
            return object
        }
        guard let object = bucket.latest(key), !object.isDeleteMarker else {
            throw head ? S3Error.headNotFound : S3Error.noSuchKey
        }
        return object
    }

    /// The `VersionId` of a write's output: only a real version id (S3 sends no
    /// `x-amz-version-id` for a null version written while versioning is suspended).
    func writtenVersionIdMember(_ object: S3Object) -> [(String, Value)] {
        object.versionId.map { [("VersionId", .string($0))] } ?? []
    }

    /// The `VersionId` of a read or tagging output: present once versioning is configured
    /// (`null` for the null version).
    func versionIdMember(_ bucket: Bucket, _ object: S3Object) -> [(String, Value)] {
        if object.versionId != nil || bucket.hasVersioningConfiguration {
            return [("VersionId", .string(object.versionIdText))]
        }
        return []
    }

    /// The virtual time of a request in whole seconds, as S3 stamps objects.
    static func timestamp(_ context: RequestContext) -> Double { context.now.rounded(.down) }
}
