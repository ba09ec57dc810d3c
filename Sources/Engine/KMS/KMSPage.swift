/// One page of a KMS listing (`Limit`, `Marker`; `NextMarker` and `Truncated` out).
struct KMSPage<Item> {
    var items: [Item]
    var nextMarker: String?

    init(_ all: [Item], _ input: Value) throws {
        let limit = input.int("Limit") ?? 100
        guard (1...1000).contains(limit) else {
            throw KMSErrors.constraint(String(limit), "limit", "Member must have value between 1 and 1000")
        }
        var start = 0
        if let marker = input.string("Marker") {
            guard let index = Self.index(marker), index <= all.count else {
                throw AWSError("InvalidMarkerException", "Invalid marker")
            }
            start = index
        }
        let end = min(all.count, start + limit)
        items = Array(all[start..<end])
        nextMarker = end < all.count ? Self.marker(end) : nil
    }

    var outputMembers: [(String, Value)] {
        var out: [(String, Value)] = []
        if let nextMarker { out.append(("NextMarker", .string(nextMarker))) }
        out.append(("Truncated", .bool(nextMarker != nil)))
        return out
    }

    private static func marker(_ index: Int) -> String { "lab-marker-\(index)" }

    private static func index(_ marker: String) -> Int? {
        guard marker.hasPrefix("lab-marker-") else { return nil }
        return Int(marker.dropFirst("lab-marker-".count))
    }
}
