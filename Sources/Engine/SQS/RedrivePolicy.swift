/// A queue's `RedrivePolicy`: where messages go after too many receives.
struct RedrivePolicy: Codable, Equatable, Sendable {
    var deadLetterTargetArn: String
    var maxReceiveCount: Int

    /// The policy as `GetQueueAttributes` returns it.
    var json: String {
        JSONWriter.compact(["deadLetterTargetArn": .string(deadLetterTargetArn), "maxReceiveCount": .int(maxReceiveCount)])
    }

    /// Parses the attribute's text, with the checks that need no other queue.
    static func parse(_ text: String) throws -> RedrivePolicy {
        func invalid(_ reason: String) -> AWSError {
            SQSErrors.invalidParameter(text, "RedrivePolicy", reason: reason)
        }
        let members = try PolicyDocument.members(text, attribute: "RedrivePolicy", noun: "Redrive policy",
                                                 allowed: ["maxReceiveCount", "deadLetterTargetArn"])
        guard let target = members["deadLetterTargetArn"] else {
            throw invalid("Redrive policy does not contain mandatory attribute: deadLetterTargetArn.")
        }
        guard let countValue = members["maxReceiveCount"] else {
            throw invalid("Redrive policy does not contain mandatory attribute: maxReceiveCount.")
        }
        guard let arn = target.stringValue, QueueAddress(arn: arn) != nil else {
            throw invalid("Invalid value for deadLetterTargetArn.")
        }
        let count: Int?
        switch countValue {
        case .string(let s): count = Int(s)
        default: count = countValue.intValue
        }
        guard let count, (1...1000).contains(count) else {
            let shown: String
            switch countValue {
            case .string(let s): shown = s
            default: shown = JSONWriter.compact(countValue)
            }
            throw invalid("Invalid value for maxReceiveCount: \(shown), valid values are from 1 to 1000 both inclusive.")
        }
        return RedrivePolicy(deadLetterTargetArn: arn, maxReceiveCount: count)
    }
}
