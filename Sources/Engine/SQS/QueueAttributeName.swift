/// The queue attribute names of the SQS API (`QueueAttributeName` in the service model).
enum QueueAttributeName: String, CaseIterable, Sendable {
    case all = "All"
    case policy = "Policy"
    case visibilityTimeout = "VisibilityTimeout"
    case maximumMessageSize = "MaximumMessageSize"
    case messageRetentionPeriod = "MessageRetentionPeriod"
    case approximateNumberOfMessages = "ApproximateNumberOfMessages"
    case approximateNumberOfMessagesNotVisible = "ApproximateNumberOfMessagesNotVisible"
    case createdTimestamp = "CreatedTimestamp"
    case lastModifiedTimestamp = "LastModifiedTimestamp"
    case queueArn = "QueueArn"
    case approximateNumberOfMessagesDelayed = "ApproximateNumberOfMessagesDelayed"
    case delaySeconds = "DelaySeconds"
    case receiveMessageWaitTimeSeconds = "ReceiveMessageWaitTimeSeconds"
    case redrivePolicy = "RedrivePolicy"
    case fifoQueue = "FifoQueue"
    case contentBasedDeduplication = "ContentBasedDeduplication"
    case kmsMasterKeyId = "KmsMasterKeyId"
    case kmsDataKeyReusePeriodSeconds = "KmsDataKeyReusePeriodSeconds"
    case deduplicationScope = "DeduplicationScope"
    case fifoThroughputLimit = "FifoThroughputLimit"
    case redriveAllowPolicy = "RedriveAllowPolicy"
    case sqsManagedSseEnabled = "SqsManagedSseEnabled"

    /// The order in which `GetQueueAttributes` with `All` lists a queue's attributes (the order
    /// of the AWS CLI reference example, with the newer attributes after it).
    static let listingOrder: [QueueAttributeName] = [
        .queueArn, .approximateNumberOfMessages, .approximateNumberOfMessagesNotVisible,
        .approximateNumberOfMessagesDelayed, .createdTimestamp, .lastModifiedTimestamp, .visibilityTimeout,
        .maximumMessageSize, .messageRetentionPeriod, .delaySeconds, .policy, .receiveMessageWaitTimeSeconds,
        .redrivePolicy, .redriveAllowPolicy, .fifoQueue, .contentBasedDeduplication, .kmsMasterKeyId,
        .kmsDataKeyReusePeriodSeconds, .deduplicationScope, .fifoThroughputLimit, .sqsManagedSseEnabled,
    ]

    /// Attributes `CreateQueue` and `SetQueueAttributes` accept.
    var isSettable: Bool {
        switch self {
        case .all, .approximateNumberOfMessages, .approximateNumberOfMessagesNotVisible,
             .approximateNumberOfMessagesDelayed, .createdTimestamp, .lastModifiedTimestamp, .queueArn:
            return false
        default:
            return true
        }
    }

    /// The integer attributes and their valid ranges.
    var integerRange: ClosedRange<Int>? {
        switch self {
        case .delaySeconds: return 0...900
        case .maximumMessageSize: return 1024...1_048_576
        case .messageRetentionPeriod: return 60...1_209_600
        case .receiveMessageWaitTimeSeconds: return 0...20
        case .visibilityTimeout: return 0...43_200
        case .kmsDataKeyReusePeriodSeconds: return 60...86_400
        default: return nil
        }
    }
}
