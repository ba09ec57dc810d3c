/// Dead-letter queues: checking a `RedrivePolicy`, moving messages that were received too
/// often, and `ListDeadLetterSourceQueues`.
extension SQSService {
    /// The checks of a redrive policy that involve its target: it exists in the same account and
    /// region, has the same type as the source, and its `RedriveAllowPolicy` lets the source in.
    func checkRedrive(_ policy: RedrivePolicy, sourceArn: String, sourceIsFifo: Bool, _ context: RequestContext) throws {
        let shown = policy.json
        guard let target = queue(arn: policy.deadLetterTargetArn, accountId: context.accountId),
              target.region == context.region else {
            throw SQSErrors.invalidParameter(shown, "RedrivePolicy", reason: "Dead letter target does not exist.")
        }
        guard target.isFifo == sourceIsFifo else {
            throw SQSErrors.invalidParameter(shown, "RedrivePolicy",
                                             reason: "Dead-letter queue must be the same type of queue as the source.")
        }
        if let allow = target.attributes.redriveAllowPolicy, !allow.allows(sourceArn: sourceArn) {
            throw SQSErrors.invalidParameter(shown, "RedrivePolicy", reason:
                "Queue \(target.arn) does not allow this queue to use it as a dead-letter queue.")
        }
    }

    /// Moves a message that exceeded `maxReceiveCount` into the dead-letter queue. It keeps its
    /// id, body, attributes and receive count, gains `DeadLetterQueueSourceArn`, and is visible
    /// at once. A standard message keeps its original enqueue time for retention; a FIFO
    /// message's retention starts again.
    func moveToDeadLetter(_ message: Message, from source: Queue, to target: Queue, _ context: RequestContext) {
        let server = target.isFifo ? 0 : context.cloud.ids.int(below: Queue.serverCount)
        let copy = message.moved(serial: target.nextSerial, server: server, now: context.now,
                                 deadLetterSourceArn: source.arn, keepReceives: true, resetRetention: target.isFifo)
        target.nextSerial += 1
        target.insert(copy, now: context.now)
    }

    func listDeadLetterSourceQueues(_ input: SQSInput, _ context: RequestContext) throws -> Value {
        let target = try queue(input, context)
        let maxResults = try input.int("MaxResults")
        if let maxResults, !(1...1000).contains(maxResults) {
            throw SQSErrors.invalidParameter(String(maxResults), "MaxResults",
                                             reason: "MaxResults must be an integer between 1 and 1000.")
        }
        let names = queues(in: context.region)
            .filter { $0.attributes.redrivePolicy?.deadLetterTargetArn == target.arn }
            .map(\.name)
        let page = try Self.page(names, token: input.string("NextToken"), maxResults: maxResults)
        var result: Value = ["queueUrls": .array(page.items.map {
            .string(QueueAddress.url(region: context.region, account: context.accountId, name: $0))
        })]
        if let next = page.nextToken { result["NextToken"] = .string(next) }
        return result
    }
}
