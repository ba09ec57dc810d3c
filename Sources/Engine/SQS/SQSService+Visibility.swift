/// `DeleteMessage`, `ChangeMessageVisibility` and their batch versions.
///
/// Standard queues accept any handle of a message that is still there: an old handle deletes
/// (AWS: "the request will succeed") and a handle of a deleted message is a silent success.
/// FIFO handles expire with their visibility timeout (`InvalidParameterValue ... The receipt
/// handle has expired.`). Visibility can only be changed with the latest handle.
extension SQSService {
    func deleteMessage(_ input: SQSInput, _ context: RequestContext) throws -> Value {
        let queue = try queue(input, context)
        try delete(handle: try input.requiredString("ReceiptHandle"), in: queue, context)
        return .emptyObject
    }

    func deleteMessageBatch(_ input: SQSInput, _ context: RequestContext) throws -> Value {
        let queue = try queue(input, context)
        let entries = try batchEntries(input, entryShape: "DeleteMessageBatchRequestEntry")
        var successful: [Value] = []
        var failed: [Value] = []
        for entry in entries {
            let id = entry.string("Id") ?? ""
            do {
                try delete(handle: try entry.requiredString("ReceiptHandle"), in: queue, context)
                successful.append(Self.success(id: id))
            } catch let error as AWSError {
                failed.append(Self.failure(id: id, error))
            }
        }
        return Self.batchResult(successful: successful, failed: failed)
    }

    func delete(handle: String, in queue: Queue, _ context: RequestContext) throws {
        let now = context.now
        switch HandleTarget(handle, in: queue) {
        case .invalid:
            throw SQSErrors.receiptHandleIsInvalid(handle)
        case .gone:
            return
        case .stale(let message):
            if queue.isFifo { throw SQSErrors.receiptHandleExpired(handle) }
            removeStandard(message, from: queue, now: now)
        case .current(let message):
            if queue.isFifo {
                guard message.isInFlight(at: now) else { throw SQSErrors.receiptHandleExpired(handle) }
                queue.remove(message, now: now)
            } else {
                removeStandard(message, from: queue, now: now)
            }
        }
    }

    /// Deletes from a standard queue, unless an injected fault keeps a copy: then the server
    /// holding it is down, the delete still succeeds, and the copy is delivered again once its
    /// visibility timeout ends.
    private func removeStandard(_ message: Message, from queue: Queue, now: Double) {
        if queue.duplicateFaults > 0 {
            queue.duplicateFaults -= 1
            return
        }
        queue.remove(message, now: now)
    }

    func changeMessageVisibility(_ input: SQSInput, _ context: RequestContext) throws -> Value {
        let queue = try queue(input, context)
        let handle = try input.requiredString("ReceiptHandle")
        guard let timeout = try input.int("VisibilityTimeout") else { throw SQSErrors.missingParameter("VisibilityTimeout") }
        try changeVisibility(handle: handle, timeout: timeout, in: queue, context)
        return .emptyObject
    }

    func changeMessageVisibilityBatch(_ input: SQSInput, _ context: RequestContext) throws -> Value {
        let queue = try queue(input, context)
        let entries = try batchEntries(input, entryShape: "ChangeMessageVisibilityBatchRequestEntry")
        var successful: [Value] = []
        var failed: [Value] = []
        for entry in entries {
            let id = entry.string("Id") ?? ""
            do {
                let handle = try entry.requiredString("ReceiptHandle")
                guard let timeout = try entry.int("VisibilityTimeout") else {
                    throw SQSErrors.missingParameter("VisibilityTimeout")
                }
                try changeVisibility(handle: handle, timeout: timeout, in: queue, context)
                successful.append(Self.success(id: id))
            } catch let error as AWSError {
                failed.append(Self.failure(id: id, error))
            }
        }
        return Self.batchResult(successful: successful, failed: failed)
    }

    func changeVisibility(handle: String, timeout: Int, in queue: Queue, _ context: RequestContext) throws {
        let now = context.now
        guard timeout >= 0 else {
            throw SQSErrors.invalidParameter(String(timeout), "VisibilityTimeout", reason: "Must be >= 0 and <= 43200, if provided.")
        }
        let message: Message
        switch HandleTarget(handle, in: queue) {
        case .invalid:
            throw SQSErrors.receiptHandleIsInvalid(handle)
        case .gone:
            throw SQSErrors.messageNotAvailableForVisibilityChange(handle)
        case .stale:
            if queue.isFifo { throw SQSErrors.receiptHandleExpired(handle) }
            throw SQSErrors.messageNotAvailableForVisibilityChange(handle)
        case .current(let current):
            if queue.isFifo, !current.isInFlight(at: now) { throw SQSErrors.receiptHandleExpired(handle) }
            message = current
        }
        let elapsed = now - (message.lastReceivedAt ?? now)
        guard elapsed + Double(timeout) <= 43_200 else {
            throw SQSErrors.invalidParameter(String(timeout), "VisibilityTimeout",
                                             reason: "Total VisibilityTimeout for the message is beyond the limit [43200 seconds]")
        }
        message.availableAt = now + Double(timeout)
        message.inFlight = true
        message.version &+= 1
        message.changedSinceReceive = true
        queue.reindex(message, now: now)
    }
}
