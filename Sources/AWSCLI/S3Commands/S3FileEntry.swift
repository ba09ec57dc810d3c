/// One file or object a transfer command found (the AWS CLI's `FileStat`/`FileInfo`): where
/// it is, where it goes, its key relative to the listed folder or prefix, and what the
/// listing said about it.
struct S3FileEntry: Sendable, Equatable {
    /// What is done with the entry (the command's operation; a sync may turn a
    /// destination-only entry into a delete).
    enum Operation: String, Sendable { case upload, download, copy, delete }

    /// An absolute workspace path (`/site/a.txt`) or `bucket/key`.
    var source: String
    var destination: String
    /// The path relative to the listed folder or prefix, with `/` separators: what a sync
    /// pairs source and destination entries by.
    var compareKey: String
    /// nil for a single `rm`, which does not look the object up first.
    var size: Int?
    /// Epoch seconds.
    var lastModified: Double?
    var sourceIsS3: Bool
    var destinationIsS3: Bool
    /// nil for the destination side of a sync until it is chosen for deletion.
    var operation: Operation?
    var storageClass: String?
    var restore: String?
    var eTag: String?

    /// Whether a download or copy of this object must wait for a restore: an archived
    /// storage class (`GLACIER`, `DEEP_ARCHIVE`) not yet restored.
    var needsRestore: Bool {
        guard let storageClass, ["GLACIER", "DEEP_ARCHIVE"].contains(storageClass) else { return false }
        return !(restore ?? "").contains("ongoing-request=\"false\"")
    }
}
