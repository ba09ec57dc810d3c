/// Validation of tag sets, with S3's limits: 10 tags on an object, 50 on a bucket, keys of
/// 1-128 characters, values of up to 256, no duplicate keys, no `aws:` prefix.
enum S3Tagging {
    static let objectTagLimit = 10
    static let bucketTagLimit = 50

    /// The `TagSet` of a `Tagging` structure.
    static func tagSet(_ tagging: Value?) throws -> [S3Tag] {
        guard let tagging, tagging["TagSet"] != nil else { throw S3Error.malformedXML }
        return try tagging.array("TagSet").map { tag in
            guard let key = tag.string("Key"), let value = tag.string("Value") else { throw S3Error.malformedXML }
            return S3Tag(key: key, value: value)
        }
    }

    static func validate(_ tags: [S3Tag], forBucket: Bool) throws {
        if forBucket {
            if tags.count > bucketTagLimit { throw S3Error.tooManyBucketTags }
        } else if tags.count > objectTagLimit {
            throw S3Error.tooManyObjectTags
        }
        var seen = Set<String>()
        for tag in tags {
            guard (1...128).contains(tag.key.count), isAllowed(tag.key) else { throw S3Error.invalidTagKey }
            guard tag.value.count <= 256, isAllowed(tag.value) else { throw S3Error.invalidTagValue }
            if tag.key.lowercased().hasPrefix("aws:") { throw S3Error.awsPrefixedTagKey }
            guard seen.insert(tag.key).inserted else { throw S3Error.duplicateTagKey }
        }
    }

    /// Letters, digits, white space and `+ - = . _ : / @`, the characters tags may hold.
    private static func isAllowed(_ s: String) -> Bool {
        s.unicodeScalars.allSatisfy { scalar in
            scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                || scalar.properties.isWhitespace || "+-=._:/@".unicodeScalars.contains(scalar)
        }
    }

    /// A `TagSet` output member.
    static func tagSetValue(_ tags: [S3Tag]) -> Value { .array(tags.map(\.asValue)) }
}
