/// `StartMessageMoveTask`, `ListMessageMoveTasks` and `CancelMessageMoveTask`. Tasks progress
/// lazily: whenever SQS is called (and while a long poll waits), each running task moves the
/// messages that were due by then.
extension SQSService {
    static let sourceArnMissing = "The resource that you specified for the SourceArn parameter doesn't exist."

    func startMessageMoveTask(_ input: SQSInput, _ context: RequestContext) throws -> Value {
        let sourceArn = try input.requiredString("SourceArn")
        guard let source = queue(arn: sourceArn, accountId: context.accountId) else {
            throw SQSErrors.resourceNotFound(Self.sourceArnMissing)
        }
        let isDeadLetterQueue = queues.values.contains { $0.attributes.redrivePolicy?.deadLetterTargetArn == source.arn }
        guard isDeadLetterQueue else {
            throw SQSErrors.invalidParameterValue("Source queue must be configured as a Dead Letter Queue.")
        }
        let destinationArn = input.string("DestinationArn")
        if let destinationArn, queue(arn: destinationArn, accountId: context.accountId) == nil {
            throw SQSErrors.resourceNotFound("The resource that you specified for the DestinationArn parameter doesn't exist.")
        }
        let rate = try input.int("MaxNumberOfMessagesPerSecond")
        if let rate, !(1...500).contains(rate) {
            throw SQSErrors.invalidParameter(String(rate), "MaxNumberOfMessagesPerSecond",
                                             reason: "Must be between 1 and 500, if provided.")
        }
        if moveTasks.contains(where: { $0.sourceArn == source.arn && $0.isRunning }) {
            throw SQSErrors.invalidParameterValue(
                "There is already a task running. Only one active task is allowed for a source queue arn at a given time.")
        }
        let toMove = source.messages.count - source.messages.values.filter { source.isExpired($0, at: context.now) }.count
        let task = MoveTask(taskId: SQSIdentifiers.uuid(&context.cloud.ids), sourceArn: source.arn,
                            destinationArn: destinationArn, maxPerSecond: rate, startedAt: context.now, toMove: toMove)
        moveTasks.append(task)
        forgetOldTasks(of: source.arn)
        advanceMoveTasks(context: context)
        return ["TaskHandle": .string(task.handle)]
    }

    func listMessageMoveTasks(_ input: SQSInput, _ context: RequestContext) throws -> Value {
        let sourceArn = try input.requiredString("SourceArn")
        guard let source = queue(arn: sourceArn, accountId: context.accountId) else {
            throw SQSErrors.resourceNotFound(Self.sourceArnMissing)
        }
        let maxResults = try input.int("MaxResults") ?? 1
        guard (1...10).contains(maxResults) else {
            throw SQSErrors.invalidParameterValue("Value \(maxResults) for parameter MaxResults is invalid.")
        }
        let results = moveTasks.reversed().filter { $0.sourceArn == source.arn }.prefix(maxResults).map(\.entry)
        return results.isEmpty ? .emptyObject : ["Results": .array(Array(results))]
    }

    func cancelMessageMoveTask(_ input: SQSInput, _ context: RequestContext) throws -> Value {
        let handle = try input.requiredString("TaskHandle")
        guard let parsed = MoveTask.parse(handle: handle) else {
            throw SQSErrors.invalidParameterValue("Value for parameter TaskHandle is invalid.")
        }
        guard queue(arn: parsed.sourceArn, accountId: context.accountId) != nil else {
            throw SQSErrors.resourceNotFound(Self.sourceArnMissing)
        }
        guard let index = moveTasks.firstIndex(where: { $0.taskId == parsed.taskId && $0.sourceArn == parsed.sourceArn }),
              moveTasks[index].isRunning else {
            throw SQSErrors.resourceNotFound("Task does not exist.")
        }
        moveTasks[index].status = "CANCELLED"
        return ["ApproximateNumberOfMessagesMoved": .int(moveTasks[index].moved)]
    }

    /// Keeps the ten most recent tasks of a source queue.
    private func forgetOldTasks(of sourceArn: String) {
        let ofSource = moveTasks.indices.filter { moveTasks[$0].sourceArn == sourceArn }
        guard ofSource.count > 10 else { return }
        let drop = Set(ofSource.prefix(ofSource.count - 10))
        moveTasks = moveTasks.enumerated().filter { !drop.contains($0.offset) }.map(\.element)
    }

    // MARK: - Progress

    /// Moves, for every running task, the messages due by now.
    func advanceMoveTasks(context: RequestContext) {
        for index in moveTasks.indices where moveTasks[index].isRunning {
            advance(task: index, context)
        }
    }

    /// The next moment a running task moves a message.
    func nextMoveTaskTime(after now: Double) -> Double? {
        moveTasks.compactMap(\.nextMoveTime).filter { $0 > now }.min()
    }

    private func advance(task index: Int, _ context: RequestContext) {
        let now = context.now
        var task = moveTasks[index]
        defer { moveTasks[index] = task }
        guard let source = queue(arn: task.sourceArn, accountId: context.accountId) else {
            task.status = "FAILED"
            task.failureReason = "AWS.SimpleQueueService.NonExistentQueue"
            return
        }
        let wanted = task.due(at: now) - task.moved
        if wanted > 0 {
            let candidates = source.isFifo
                ? source.takeFifo(max: wanted, now: now) { _ in true }
                : source.takeStandard(max: wanted, from: Array(0..<Queue.serverCount), now: now) { _ in true }
            for message in candidates {
                let destinationArn = task.destinationArn ?? message.deadLetterSourceArn
                guard let destinationArn, let destination = queue(arn: destinationArn, accountId: context.accountId) else {
                    task.status = "FAILED"
                    task.failureReason = "AWS.SimpleQueueService.NonExistentQueue"
                    return
                }
                source.remove(message, now: now)
                let server = destination.isFifo ? 0 : context.cloud.ids.int(below: Queue.serverCount)
                let copy = message.moved(serial: destination.nextSerial, server: server, now: now,
                                         deadLetterSourceArn: nil, keepReceives: false, resetRetention: true)
                destination.nextSerial += 1
                destination.insert(copy, now: now)
                task.moved += 1
            }
        }
        if task.moved >= task.toMove || source.messages.isEmpty { task.status = "COMPLETED" }
    }
}
