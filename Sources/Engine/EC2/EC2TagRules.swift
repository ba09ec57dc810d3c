/// EC2's rules for tags: at most 50 a resource, keys of 1 to 128 characters that do not
/// start with `aws:`, values of at most 256 characters. A tag with an existing key
/// replaces its value.
enum EC2TagRules {
    static let maxTags = 50
    static let maxKeyLength = 128
    static let maxValueLength = 256

    /// The tags of a request (`[{"Key": ..., "Value": ...}]`); a missing value is empty.
    static func tags(_ list: Value?) -> [EC2Tag] {
        (list?.arrayValue ?? []).map { tag in
            EC2Tag(key: tag["Key"]?.stringValue ?? "", value: tag["Value"]?.stringValue ?? "")
        }
    }

    /// Checks one tag a caller wants to set.
    static func validate(_ tag: EC2Tag) throws {
        if tag.key.isEmpty { throw EC2Errors.emptyTagKey() }
        if tag.key.count > maxKeyLength { throw EC2Errors.tagKeyTooLong() }
        if tag.value.count > maxValueLength { throw EC2Errors.tagValueTooLong() }
        if tag.key.lowercased().hasPrefix("aws:") { throw EC2Errors.reservedTagKey(tag.key) }
    }

    /// `existing` with `added` set on it, or an error when a tag breaks a rule.
    static func applying(_ added: [EC2Tag], to existing: [EC2Tag]) throws -> [EC2Tag] {
        var result = existing
        for tag in added {
            try validate(tag)
            if let index = result.firstIndex(where: { $0.key == tag.key }) {
                result[index].value = tag.value
            } else {
                result.append(tag)
            }
        }
        if result.count > maxTags { throw EC2Errors.tagLimitExceeded() }
        return result
    }

    /// `existing` without the tags DeleteTags names: a key alone removes the tag whatever its
    /// value, a key with a value (even empty) only when the value matches; no tags at all
    /// removes every tag that does not start with `aws:`.
    static func removing(_ request: Value?, from existing: [EC2Tag]) -> [EC2Tag] {
        guard let list = request?.arrayValue else {
            return existing.filter { $0.key.lowercased().hasPrefix("aws:") }
        }
        return existing.filter { tag in
            !list.contains { entry in
                guard entry["Key"]?.stringValue == tag.key else { return false }
                guard let value = entry["Value"]?.stringValue else { return true }
                return value == tag.value
            }
        }
    }
}
