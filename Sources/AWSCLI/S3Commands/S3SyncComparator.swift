/// The AWS CLI's sync `Comparator`: walks the source and destination listings together
/// (both sorted by compare key) and keeps the source entries to transfer and, with
/// `--delete`, the destination entries to delete.
struct S3SyncComparator {
    let strategy: S3SyncStrategy
    /// `--delete`: destination entries without a source are deleted.
    let deleteExtra: Bool

    func compare(source: [S3FileEntry], destination: [S3FileEntry]) -> [S3FileEntry] {
        var result: [S3FileEntry] = []
        var i = 0
        var j = 0
        while i < source.count || j < destination.count {
            if i < source.count, j < destination.count {
                let s = source[i].compareKey
                let d = destination[j].compareKey
                if s.utf8.elementsEqual(d.utf8) {
                    if strategy.shouldSync(source[i], destination[j]) { result.append(source[i]) }
                    i += 1
                    j += 1
                } else if s.utf8.lexicographicallyPrecedes(d.utf8) {
                    result.append(source[i])
                    i += 1
                } else {
                    appendDeletion(destination[j], to: &result)
                    j += 1
                }
            } else if i < source.count {
                result.append(source[i])
                i += 1
            } else {
                appendDeletion(destination[j], to: &result)
                j += 1
            }
        }
        return result
    }

    private func appendDeletion(_ entry: S3FileEntry, to result: inout [S3FileEntry]) {
        guard deleteExtra else { return }
        var deletion = entry
        deletion.operation = .delete
        result.append(deletion)
    }
}
