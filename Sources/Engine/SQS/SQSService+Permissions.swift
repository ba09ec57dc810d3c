/// `AddPermission` and `RemovePermission`: statements of the queue's `Policy`, written as SQS
/// writes them.
extension SQSService {
    /// The action names `AddPermission` accepts (besides `*`).
    static let permissionActions: Set<String> = [
        "SendMessage", "ReceiveMessage", "DeleteMessage", "ChangeMessageVisibility", "GetQueueAttributes",
        "GetQueueUrl", "ListDeadLetterSourceQueues", "PurgeQueue", "ListQueueTags", "StartMessageMoveTask",
        "ListMessageMoveTasks", "CancelMessageMoveTask",
    ]

    func addPermission(_ input: SQSInput, _ context: RequestContext) throws -> Value {
        let queue = try queue(input, context)
        let label = try input.requiredString("Label")
        let accounts = input.strings("AWSAccountIds")
        let actions = input.strings("Actions")
        guard !accounts.isEmpty else { throw SQSErrors.missingParameter("AWSAccountIds") }
        guard !actions.isEmpty else { throw SQSErrors.missingParameter("Actions") }
        guard Self.isValidName(label, fifo: false) else {
            throw SQSErrors.invalidParameter(label, "Label",
                reason: "Can only include alphanumeric characters, hyphens, or underscores. 1 to 80 in length")
        }
        for action in actions where action != "*" && !Self.permissionActions.contains(action) {
            throw SQSErrors.invalidParameter("SQS:\(action)", "ActionName",
                                             reason: "Please refer to the appropriate WSDL for a list of valid actions.")
        }
        if actions.count > 7 {
            throw SQSErrors.overLimit("\(actions.count) Actions were found, maximum allowed is 7.")
        }
        var policy = queue.attributes.policy.flatMap { try? JSONParser.parse($0) }?.objectValue ?? [
            "Version": "2008-10-17", "Id": .string(queue.arn + "/SQSDefaultPolicy"), "Statement": [],
        ]
        var statements = policy["Statement"]?.arrayValue ?? []
        if statements.contains(where: { $0["Sid"]?.stringValue == label }) {
            throw SQSErrors.invalidParameter(label, "Label", reason: "Already exists.")
        }
        let principals = accounts.map { Value.string("arn:aws:iam::\($0):root") }
        let actionNames = actions.map { Value.string("SQS:\($0)") }
        statements.append([
            "Sid": .string(label), "Effect": "Allow",
            "Principal": ["AWS": principals.count == 1 ? principals[0] : .array(principals)],
            "Action": actionNames.count == 1 ? actionNames[0] : .array(actionNames),
            "Resource": .string(queue.arn),
        ])
        policy["Statement"] = .array(statements)
        queue.attributes.policy = JSONWriter.compact(.object(policy))
        return .emptyObject
    }

    func removePermission(_ input: SQSInput, _ context: RequestContext) throws -> Value {
        let queue = try queue(input, context)
        let label = try input.requiredString("Label")
        guard var policy = queue.attributes.policy.flatMap({ try? JSONParser.parse($0) })?.objectValue,
              var statements = policy["Statement"]?.arrayValue,
              let index = statements.firstIndex(where: { $0["Sid"]?.stringValue == label }) else {
            throw SQSErrors.invalidParameter(label, "Label", reason: "can't find label.")
        }
        statements.remove(at: index)
        policy["Statement"] = .array(statements)
        queue.attributes.policy = statements.isEmpty ? nil : JSONWriter.compact(.object(policy))
        return .emptyObject
    }
}
