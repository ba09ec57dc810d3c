/// Applying the `Attributes` map of `CreateQueue` and `SetQueueAttributes`, with AWS's checks.
extension QueueAttributes {
    /// Validates and applies requested attributes (name and text value, in request order).
    /// `fifo` says whether the queue is (or is being created as) a FIFO queue. The checks that
    /// involve another queue (the dead-letter target) are the service's.
    mutating func apply(_ requested: [(String, String)], creating: Bool, fifo: Bool) throws {
        for (key, raw) in requested {
            guard let name = QueueAttributeName(rawValue: key), name.isSettable else {
                throw SQSErrors.unknownAttribute(key)
            }
            try apply(name, raw, creating: creating, fifo: fifo)
        }
        let requestedNames = Set(requested.map(\.0))
        if requestedNames.contains(QueueAttributeName.sqsManagedSseEnabled.rawValue), sqsManagedSseEnabled {
            if requestedNames.contains(QueueAttributeName.kmsMasterKeyId.rawValue), kmsMasterKeyId != nil {
                throw SQSErrors.invalidAttributeName("You can use one type of server-side encryption (SSE) at one time. "
                    + "You can either enable KMS SSE or SQS SSE.")
            }
            kmsMasterKeyId = nil
        }
        if fifo, fifoThroughputLimit == "perMessageGroupId", deduplicationScope != "messageGroup" {
            throw SQSErrors.invalidAttributeValue("FifoThroughputLimit", reason:
                "The perMessageGroupId value is allowed only when the value for DeduplicationScope is messageGroup.")
        }
    }

    private mutating func apply(_ name: QueueAttributeName, _ raw: String, creating: Bool, fifo: Bool) throws {
        let key = name.rawValue
        if let range = name.integerRange {
            guard let value = Int(raw), range.contains(value) else { throw SQSErrors.invalidAttributeValue(key) }
            switch name {
            case .delaySeconds: delaySeconds = value
            case .maximumMessageSize: maximumMessageSize = value
            case .messageRetentionPeriod: messageRetentionPeriod = value
            case .receiveMessageWaitTimeSeconds: receiveMessageWaitTimeSeconds = value
            case .visibilityTimeout: visibilityTimeout = value
            default: kmsDataKeyReusePeriodSeconds = value
            }
            return
        }
        switch name {
        case .fifoQueue:
            guard creating else {
                if fifo { throw SQSErrors.invalidAttributeValue(key, reason: "Modifying queue type is not supported.") }
                throw SQSErrors.unknownAttribute(key)
            }
            guard let flag = Self.bool(raw) else { throw SQSErrors.invalidAttributeValue(key) }
            guard flag else { throw SQSErrors.unknownAttribute(key) }
            fifoQueue = true
        case .contentBasedDeduplication:
            guard fifo else { throw SQSErrors.unknownAttribute(key) }
            guard let flag = Self.bool(raw) else { throw SQSErrors.invalidAttributeValue(key) }
            contentBasedDeduplication = flag
        case .deduplicationScope:
            guard fifo else {
                throw SQSErrors.invalidAttributeName("You can specify the DeduplicationScope only when FifoQueue is set to true.")
            }
            guard raw == "messageGroup" || raw == "queue" else { throw SQSErrors.invalidAttributeValue(key) }
            deduplicationScope = raw
        case .fifoThroughputLimit:
            guard fifo else {
                throw SQSErrors.invalidAttributeName("You can specify the FifoThroughputLimit only when FifoQueue is set to true.")
            }
            guard raw == "perQueue" || raw == "perMessageGroupId" else { throw SQSErrors.invalidAttributeValue(key) }
            fifoThroughputLimit = raw
        case .policy:
            if raw.isEmpty { policy = nil; return }
            guard let document = try? JSONParser.parse(raw), document.objectValue != nil else {
                throw SQSErrors.invalidAttributeValue(key)
            }
            policy = raw
        case .redrivePolicy:
            redrivePolicy = raw.isEmpty ? nil : try RedrivePolicy.parse(raw)
        case .redriveAllowPolicy:
            redriveAllowPolicy = raw.isEmpty ? nil : try RedriveAllowPolicy.parse(raw)
        case .kmsMasterKeyId:
            kmsMasterKeyId = raw.isEmpty ? nil : raw
            if !raw.isEmpty { sqsManagedSseEnabled = false }
        case .sqsManagedSseEnabled:
            guard let flag = Self.bool(raw) else { throw SQSErrors.invalidAttributeValue(key) }
            sqsManagedSseEnabled = flag
        default:
            throw SQSErrors.unknownAttribute(key)
        }
    }

    static func bool(_ raw: String) -> Bool? {
        switch raw.lowercased() {
        case "true": return true
        case "false": return false
        default: return nil
        }
    }
}
