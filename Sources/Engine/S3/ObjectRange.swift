import Foundation

/// The bytes a read returns: the whole object, a `Range: bytes=a-b` or one part of a
/// multipart object (`PartNumber`).
struct ObjectRange {
    var range: Range<Int>
    /// `bytes a-b/size` for partial reads.
    var contentRange: String?
    /// The object's part count, reported when a part was asked for.
    var partsCount: Int?

    static func select(_ object: S3Object, input: Value, head: Bool) throws -> ObjectRange {
        let size = object.size
        let rangeHeader = input.string("Range")
        if let partNumber = input.int("PartNumber") {
            if rangeHeader != nil {
                throw head ? S3Error.headBadRequest
                    : S3Error.invalidRequest("Cannot specify both Range header and partNumber query parameter")
            }
            return try part(partNumber, of: object, head: head)
        }
        guard let rangeHeader, let (first, last) = parse(rangeHeader, size: size) else {
            return ObjectRange(range: 0..<size)
        }
        guard first < size, first <= last else {
            throw head ? AWSError("416", "Requested Range Not Satisfiable", status: 416) : S3Error.invalidRange
        }
        let end = min(last, size - 1)
        return ObjectRange(range: first..<(end + 1), contentRange: "bytes \(first)-\(end)/\(size)")
    }

    /// `bytes=a-b`, `bytes=a-` or `bytes=-n` as first and last byte positions (last may
    /// exceed the size); nil when the header is not one range S3 honours.
    static func parse(_ header: String, size: Int) -> (Int, Int)? {
        let trimmed = header.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("bytes="), !trimmed.contains(",") else { return nil }
        let spec = trimmed.dropFirst("bytes=".count)
        let sides = spec.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
        guard sides.count == 2 else { return nil }
        let left = sides[0].trimmingCharacters(in: .whitespaces)
        let right = sides[1].trimmingCharacters(in: .whitespaces)
        if left.isEmpty {
            guard let suffix = Int(right), suffix > 0 else { return right == "0" ? (size, size) : nil }
            return (max(0, size - suffix), size - 1)
        }
        guard let first = Int(left), first >= 0 else { return nil }
        if right.isEmpty { return (first, Int.max) }
        guard let last = Int(right), last >= first else { return nil }
        return (first, last)
    }

    private static func part(_ number: Int, of object: S3Object, head: Bool) throws -> ObjectRange {
        let sizes = object.partSizes ?? [object.size]
        guard (1...10_000).contains(number) else {
            throw head ? S3Error.headBadRequest : S3Error.invalidPartNumber
        }
        guard number <= sizes.count else {
            throw head ? AWSError("416", "Requested Range Not Satisfiable", status: 416)
                : AWSError("InvalidPartNumber", "The requested partnumber is not satisfiable", status: 416)
        }
        let start = sizes.prefix(number - 1).reduce(0, +)
        let range = start..<(start + sizes[number - 1])
        let contentRange = range.isEmpty ? nil : "bytes \(range.lowerBound)-\(range.upperBound - 1)/\(object.size)"
        return ObjectRange(range: range, contentRange: contentRange,
                           partsCount: object.partSizes == nil ? nil : sizes.count)
    }
}
