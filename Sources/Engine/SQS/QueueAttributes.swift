/// The settable attributes of a queue, with AWS's defaults (API Reference, `CreateQueue`):
/// visibility timeout 30 s (0-43,200), delay 0 s (0-900), maximum message size 1 MiB
/// (1,024-1,048,576 bytes since August 2025), retention 4 days (60 s-14 days), receive wait
/// 0 s (0-20), SSE-SQS on.
struct QueueAttributes: Codable, Equatable, Sendable {
    var delaySeconds = 0
    var maximumMessageSize = 1_048_576
    var messageRetentionPeriod = 345_600
    var receiveMessageWaitTimeSeconds = 0
    var visibilityTimeout = 30
    var policy: String?
    var redrivePolicy: RedrivePolicy?
    var redriveAllowPolicy: RedriveAllowPolicy?
    var fifoQueue = false
    var contentBasedDeduplication = false
    var deduplicationScope = "queue"
    var fifoThroughputLimit = "perQueue"
    var kmsMasterKeyId: String?
    var kmsDataKeyReusePeriodSeconds = 300
    var sqsManagedSseEnabled = true

    /// The stored value of a settable attribute as the API shows it, nil when unset or not
    /// applicable to this queue type.
    func text(_ name: QueueAttributeName) -> String? {
        switch name {
        case .delaySeconds: return String(delaySeconds)
        case .maximumMessageSize: return String(maximumMessageSize)
        case .messageRetentionPeriod: return String(messageRetentionPeriod)
        case .receiveMessageWaitTimeSeconds: return String(receiveMessageWaitTimeSeconds)
        case .visibilityTimeout: return String(visibilityTimeout)
        case .policy: return policy
        case .redrivePolicy: return redrivePolicy?.json
        case .redriveAllowPolicy: return redriveAllowPolicy?.json
        case .fifoQueue: return fifoQueue ? "true" : nil
        case .contentBasedDeduplication: return fifoQueue ? String(contentBasedDeduplication) : nil
        case .deduplicationScope: return fifoQueue ? deduplicationScope : nil
        case .fifoThroughputLimit: return fifoQueue ? fifoThroughputLimit : nil
        case .kmsMasterKeyId: return kmsMasterKeyId
        case .kmsDataKeyReusePeriodSeconds: return kmsMasterKeyId == nil ? nil : String(kmsDataKeyReusePeriodSeconds)
        case .sqsManagedSseEnabled: return String(sqsManagedSseEnabled)
        default: return nil
        }
    }
}
