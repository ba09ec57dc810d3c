/// One page of a key listing: keys and common prefixes in S3's order, as ListObjects,
/// ListObjectsV2 and ListObjectVersions walk a bucket.
///
/// The walk starts with a binary search, and rolls each common prefix up with another,
/// so a page costs O(page · log n) however many keys the bucket holds.
struct KeyListing {
    /// A listed entry: a key, or a common prefix standing for every key below it.
    enum Entry {
        case key(ObjectKey)
        case commonPrefix(String)

        /// The marker a following page starts after.
        var marker: String {
            switch self {
            case .key(let key): return key.string
            case .commonPrefix(let prefix): return prefix
            }
        }
    }

    var entries: [Entry] = []
    var isTruncated = false

    /// Lists up to `maxEntries` entries under `prefix` after `marker` (exclusive), grouping
    /// keys by `delimiter`. `include` drops keys that have nothing to list (such as keys
    /// whose current version is a delete marker).
    static func walk(
        _ index: ObjectKeyIndex, prefix: String, delimiter: String?, after marker: String?, maxEntries: Int,
        include: (ObjectKey) -> Bool = { _ in true }
    ) -> KeyListing {
        let keys = index.keys
        var position = index.lowerBound(ObjectKey(prefix))
        if let marker, !marker.isEmpty {
            position = max(position, index.upperBound(ObjectKey(marker)))
            // A marker that is itself a common prefix stands for all the keys below it.
            if let delimiter, commonPrefix(of: marker, prefix: prefix, delimiter: delimiter) == marker {
                position = index.endOfPrefix(marker, from: position)
            }
        }
        var listing = KeyListing()
        guard maxEntries > 0 else { return listing }
        while position < keys.count {
            let key = keys[position]
            guard key.hasBytePrefix(prefix) else { break }
            if let delimiter, let common = commonPrefix(of: key.string, prefix: prefix, delimiter: delimiter) {
                let end = index.endOfPrefix(common, from: position)
                if keys[position..<end].contains(where: include) {
                    if listing.entries.count == maxEntries { listing.isTruncated = true; break }
                    listing.entries.append(.commonPrefix(common))
                }
                position = end
                continue
            }
            if include(key) {
                if listing.entries.count == maxEntries { listing.isTruncated = true; break }
                listing.entries.append(.key(key))
            }
            position += 1
        }
        return listing
    }

    /// The key's bytes up to and including the first `delimiter` after `prefix`, if any.
    static func commonPrefix(of key: String, prefix: String, delimiter: String) -> String? {
        let bytes = Array(key.utf8)
        let start = prefix.utf8.count
        let d = Array(delimiter.utf8)
        guard bytes.count >= start + d.count, bytes.starts(with: prefix.utf8) else { return nil }
        var i = start
        while i + d.count <= bytes.count {
            if bytes[i] == d[0], bytes[i..<(i + d.count)].elementsEqual(d) {
                return String(decoding: bytes[0..<(i + d.count)], as: UTF8.self)
            }
            i += 1
        }
        return nil
    }
}
