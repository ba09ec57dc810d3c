/// Amazon Simple Queue Service: standard and FIFO queues on the virtual clock, with the
/// behaviour the lab teaches (sampled short polls, long polls that wait in virtual time,
/// duplicates under injected faults, FIFO ordering and deduplication, visibility timeouts,
/// dead-letter queues and message move tasks).
public final class SQSService: ServiceEngine, Codable {
    public static let serviceName = "sqs"

    /// Queues by `region/name`.
    var queues: [String: Queue] = [:]
    /// When a queue name was last deleted, by `region/name` (for `QueueDeletedRecently`).
    var deletedAt: [String: Double] = [:]
    /// Message move tasks, oldest first.
    var moveTasks: [MoveTask] = []
    var nextQueueSerial: UInt32 = 1
    /// Queue URLs already resolved, with the region they were resolved in (a cache, emptied
    /// whenever a queue is created or deleted; not part of snapshots).
    var resolvedURLs: [String: (region: String, queue: Queue)] = [:]

    public init() {}

    private enum CodingKeys: String, CodingKey { case queues, deletedAt, moveTasks, nextQueueSerial }

    public func perform(_ operation: String, _ input: Value, context: RequestContext) throws -> Value {
        advanceMoveTasks(context: context)
        let input = SQSInput(input)
        switch operation {
        case "CreateQueue": return try createQueue(input, context)
        case "DeleteQueue": return try deleteQueue(input, context)
        case "GetQueueUrl": return try getQueueUrl(input, context)
        case "ListQueues": return try listQueues(input, context)
        case "GetQueueAttributes": return try getQueueAttributes(input, context)
        case "SetQueueAttributes": return try setQueueAttributes(input, context)
        case "PurgeQueue": return try purgeQueue(input, context)
        case "TagQueue": return try tagQueue(input, context)
        case "UntagQueue": return try untagQueue(input, context)
        case "ListQueueTags": return try listQueueTags(input, context)
        case "AddPermission": return try addPermission(input, context)
        case "RemovePermission": return try removePermission(input, context)
        case "SendMessage": return try sendMessage(input, context)
        case "SendMessageBatch": return try sendMessageBatch(input, context)
        case "ReceiveMessage": return try receiveMessage(input, context)
        case "DeleteMessage": return try deleteMessage(input, context)
        case "DeleteMessageBatch": return try deleteMessageBatch(input, context)
        case "ChangeMessageVisibility": return try changeMessageVisibility(input, context)
        case "ChangeMessageVisibilityBatch": return try changeMessageVisibilityBatch(input, context)
        case "ListDeadLetterSourceQueues": return try listDeadLetterSourceQueues(input, context)
        case "StartMessageMoveTask": return try startMessageMoveTask(input, context)
        case "ListMessageMoveTasks": return try listMessageMoveTasks(input, context)
        case "CancelMessageMoveTask": return try cancelMessageMoveTask(input, context)
        default: throw AWSError.notSimulated(service: Self.serviceName, operation: operation)
        }
    }

    // MARK: - Finding queues

    static func key(region: String, name: String) -> String { region + "/" + name }

    /// The queue a `QueueUrl` names in the request's region and account.
    func queue(url: String, _ context: RequestContext) throws -> Queue {
        if let hit = resolvedURLs[url], hit.region == context.region { return hit.queue }
        guard let address = QueueAddress(url: url), address.account == context.accountId,
              address.region ?? context.region == context.region,
              let queue = queues[Self.key(region: context.region, name: address.name)]
        else { throw SQSErrors.queueDoesNotExist() }
        if resolvedURLs.count >= 256 { resolvedURLs.removeAll() }
        resolvedURLs[url] = (context.region, queue)
        return queue
    }

    /// The queue a `QueueUrl` input member names.
    func queue(_ input: SQSInput, _ context: RequestContext) throws -> Queue {
        try queue(url: try input.requiredString("QueueUrl"), context)
    }

    /// The queue an ARN names, in this account.
    func queue(arn: String, accountId: String) -> Queue? {
        guard let address = QueueAddress(arn: arn), address.account == accountId, let region = address.region
        else { return nil }
        return queues[Self.key(region: region, name: address.name)]
    }

    /// The queues of a region, ordered by name.
    func queues(in region: String) -> [Queue] {
        queues.values.filter { $0.region == region }.sorted { $0.name < $1.name }
    }
}
