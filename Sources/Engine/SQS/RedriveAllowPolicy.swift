/// A dead-letter queue's `RedriveAllowPolicy`: which source queues may use it.
struct RedriveAllowPolicy: Codable, Equatable, Sendable {
    /// `allowAll` (the default), `denyAll` or `byQueue`.
    var redrivePermission: String
    var sourceQueueArns: [String]?

    var json: String {
        var members: Value = ["redrivePermission": .string(redrivePermission)]
        if let sourceQueueArns { members["sourceQueueArns"] = .array(sourceQueueArns.map { .string($0) }) }
        return JSONWriter.compact(members)
    }

    /// Whether a queue may name this one as its dead-letter queue.
    func allows(sourceArn: String) -> Bool {
        switch redrivePermission {
        case "allowAll": return true
        case "byQueue": return sourceQueueArns?.contains(sourceArn) ?? false
        default: return false
        }
    }

    static func parse(_ text: String) throws -> RedriveAllowPolicy {
        func invalid(_ reason: String) -> AWSError {
            SQSErrors.invalidParameter(text, "RedriveAllowPolicy", reason: reason)
        }
        let members = try PolicyDocument.members(text, attribute: "RedriveAllowPolicy", noun: "Redrive allow policy",
                                                 allowed: ["redrivePermission", "sourceQueueArns"])
        guard let permission = members["redrivePermission"]?.stringValue else {
            throw invalid("Redrive allow policy does not contain mandatory attribute: redrivePermission.")
        }
        guard ["allowAll", "denyAll", "byQueue"].contains(permission) else {
            throw invalid("Invalid value for redrivePermission. Valid values are: allowAll, denyAll, byQueue.")
        }
        var arns: [String]?
        if let list = members["sourceQueueArns"] {
            guard permission == "byQueue" else {
                throw invalid("You can specify sourceQueueArns only when redrivePermission is set to byQueue.")
            }
            guard let items = list.arrayValue, items.allSatisfy({ $0.stringValue.flatMap(QueueAddress.init(arn:)) != nil })
            else { throw invalid("Invalid value for sourceQueueArns.") }
            guard items.count <= 10 else {
                throw invalid("Exceeded maximum number of source queue ARNs. The maximum is 10.")
            }
            arns = items.compactMap(\.stringValue)
        } else if permission == "byQueue" {
            throw invalid("You must specify sourceQueueArns when redrivePermission is set to byQueue.")
        }
        return RedriveAllowPolicy(redrivePermission: permission, sourceQueueArns: arns)
    }
}
