/// The keys of a bucket in S3's order (by UTF-8 bytes), built for listing: a page of a
/// listing costs a binary search plus the page, however many keys the bucket holds.
///
/// Writes are cheap too: a key added after the last one is appended, other additions and
/// removals wait in small pending sets and are merged in one pass before the next read.
struct ObjectKeyIndex: Sendable {
    private var sorted: [ObjectKey] = []
    private var pendingInserts: Set<ObjectKey> = []
    private var pendingRemovals: Set<ObjectKey> = []

    init() {}

    /// Up to this many pending changes are applied one by one.
    private static let smallBatch = 64

    /// An index of keys given in any order, without duplicates.
    init<S: Sequence>(_ keys: S) where S.Element == ObjectKey {
        sorted = keys.sorted()
    }

    /// Whether reads must merge pending changes first.
    var isNormalized: Bool { pendingInserts.isEmpty && pendingRemovals.isEmpty }

    /// Adds a key the index does not hold.
    mutating func insert(_ key: ObjectKey) {
        if pendingRemovals.remove(key) != nil { return }
        if pendingInserts.isEmpty, sorted.last.map({ $0 < key }) ?? true {
            sorted.append(key)
        } else {
            pendingInserts.insert(key)
        }
    }

    /// Removes a key the index holds.
    mutating func remove(_ key: ObjectKey) {
        if pendingInserts.remove(key) != nil { return }
        if let last = sorted.last, last == key, pendingRemovals.isEmpty {
            sorted.removeLast()
            return
        }
        pendingRemovals.insert(key)
    }

    /// Merges pending changes: a few are applied one by one (binary search and a move of
    /// the tail), many in one O(n + k log k) pass.
    mutating func normalize() {
        if isNormalized { return }
        if pendingInserts.count + pendingRemovals.count <= Self.smallBatch {
            for key in pendingRemovals {
                let i = Self.lowerBound(key, in: sorted)
                if i < sorted.count, sorted[i] == key { sorted.remove(at: i) }
            }
            for key in pendingInserts { sorted.insert(key, at: Self.lowerBound(key, in: sorted)) }
            pendingInserts = []
            pendingRemovals = []
            return
        }
        var base = sorted
        if !pendingRemovals.isEmpty {
            var drop: [Int] = []
            drop.reserveCapacity(pendingRemovals.count)
            for key in pendingRemovals {
                let i = Self.lowerBound(key, in: base)
                if i < base.count, base[i] == key { drop.append(i) }
            }
            drop.sort()
            var kept: [ObjectKey] = []
            kept.reserveCapacity(base.count - drop.count)
            var next = 0
            for (i, key) in base.enumerated() {
                if next < drop.count, drop[next] == i {
                    next += 1
                } else {
                    kept.append(key)
                }
            }
            base = kept
        }
        if !pendingInserts.isEmpty {
            let added = pendingInserts.sorted()
            var merged: [ObjectKey] = []
            merged.reserveCapacity(base.count + added.count)
            var i = 0
            var j = 0
            while i < base.count, j < added.count {
                if base[i] < added[j] {
                    merged.append(base[i]); i += 1
                } else {
                    merged.append(added[j]); j += 1
                }
            }
            merged.append(contentsOf: base[i...])
            merged.append(contentsOf: added[j...])
            base = merged
        }
        sorted = base
        pendingInserts = []
        pendingRemovals = []
    }

    // MARK: Reads (on a normalized index)

    /// The keys in order; call `normalize()` first.
    var keys: [ObjectKey] {
        precondition(isNormalized, "ObjectKeyIndex read before normalize()")
        return sorted
    }

    /// The first position whose key is not less than `key`.
    func lowerBound(_ key: ObjectKey) -> Int { Self.lowerBound(key, in: keys) }

    /// The first position whose key is greater than `key`.
    func upperBound(_ key: ObjectKey) -> Int {
        let all = keys
        var low = 0
        var high = all.count
        while low < high {
            let mid = (low + high) / 2
            if key < all[mid] { high = mid } else { low = mid + 1 }
        }
        return low
    }

    /// The first position at or after `start` whose key does not start with `prefix`, given
    /// that the keys from `start` on that do start with it come first.
    func endOfPrefix(_ prefix: String, from start: Int) -> Int {
        let all = keys
        var low = start
        var high = all.count
        while low < high {
            let mid = (low + high) / 2
            if all[mid].hasBytePrefix(prefix) { low = mid + 1 } else { high = mid }
        }
        return low
    }

    private static func lowerBound(_ key: ObjectKey, in all: [ObjectKey]) -> Int {
        var low = 0
        var high = all.count
        while low < high {
            let mid = (low + high) / 2
            if all[mid] < key { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
