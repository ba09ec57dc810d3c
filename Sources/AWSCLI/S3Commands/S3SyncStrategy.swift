/// How `aws s3 sync` decides about a file present on both sides (`--size-only`,
/// `--exact-timestamps`, or the default size and modification time rule).
enum S3SyncStrategy: Sendable, Equatable {
    /// Sync when the sizes differ, or when the source is newer (uploads, copies) or the
    /// local file is newer than the object (downloads: the CLI's documented quirk).
    case sizeAndLastModified
    /// Sync only when the sizes differ.
    case sizeOnly
    /// Like the default, but a download also happens when the times differ at all.
    case exactTimestamps

    /// Whether `source` should be transferred over `destination`.
    func shouldSync(_ source: S3FileEntry, _ destination: S3FileEntry) -> Bool {
        let sameSize = source.size == destination.size
        if self == .sizeOnly { return !sameSize }
        return !sameSize || !sameTime(source, destination)
    }

    /// `compare_time`: true when the destination needs no update on account of time.
    private func sameTime(_ source: S3FileEntry, _ destination: S3FileEntry) -> Bool {
        let delta = (destination.lastModified ?? 0) - (source.lastModified ?? 0)
        switch source.operation {
        case .upload?, .copy?:
            return delta >= 0
        case .download?:
            return self == .exactTimestamps ? delta == 0 : delta <= 0
        default:
            return false
        }
    }
}
