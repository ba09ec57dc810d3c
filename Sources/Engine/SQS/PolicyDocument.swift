import Collections

/// The JSON map an SQS policy attribute holds (`RedrivePolicy`, `RedriveAllowPolicy`),
/// with the checks both share: a JSON map, and only the attribute's own keys.
enum PolicyDocument {
    /// The map's members, or the error SQS gives for text that is not a map of `allowed` keys.
    /// - Parameters:
    ///   - attribute: `RedrivePolicy`; `noun`: `Redrive policy`, for the messages.
    ///   - allowed: the keys, in the order SQS lists them in its message.
    static func members(_ text: String, attribute: String, noun: String,
                        allowed: [String]) throws -> OrderedDictionary<String, Value> {
        guard let document = try? JSONParser.parse(text), case .object(let members) = document else {
            throw SQSErrors.invalidParameterValue(
                "Invalid value for the parameter \(attribute). Reason: \(noun) is not a valid JSON map.")
        }
        for key in members.keys where !allowed.contains(key) {
            throw SQSErrors.invalidParameter(text, attribute, reason:
                "Only following attributes are supported: [\(allowed.joined(separator: ", "))].")
        }
        return members
    }
}
