/// One simulated AWS service: its state and its operations. A service is a class owned by
/// the `Cloud`; it is handed the cloud on every call so it can read the clock, draw ids,
/// schedule events and, where AWS does, call another service (SNS delivering to SQS).
public protocol ServiceEngine: AnyObject, Codable {
    /// The service's name as the AWS CLI writes it (`sqs`, `s3`, `ec2`).
    static var serviceName: String { get }

    /// A service with no resources (a fresh account).
    init()

    /// Carries out an operation, named as in the API (`SendMessage`), on its input members.
    func perform(_ operation: String, _ input: Value, context: RequestContext) throws -> Value

    /// Reacts to one of its own scheduled events.
    func handle(_ event: ScheduledEvent, cloud: Cloud)

    /// Calls of one operation a client makes at the same time (s3transfer sends a file's
    /// parts from a pool of threads). The result is the same as performing them in order;
    /// an engine may do the calls' pure work (digests of bodies) on several cores first.
    func performConcurrently(_ operation: String, _ inputs: [Value], context: RequestContext)
        -> [Result<Value, any Error>]
}

extension ServiceEngine {
    public func handle(_ event: ScheduledEvent, cloud: Cloud) {}

    public func performConcurrently(_ operation: String, _ inputs: [Value], context: RequestContext)
        -> [Result<Value, any Error>] {
        inputs.map { input in Result { try perform(operation, input, context: context) } }
    }
}

/// What an operation is called with besides its input: the cloud and the region.
public struct RequestContext {
    public let cloud: Cloud
    public let region: String

    public init(cloud: Cloud, region: String) {
        self.cloud = cloud
        self.region = region
    }

    public var accountId: String { cloud.accountId }
    public var now: Double { cloud.clock.now }

    /// An ARN in this account and region.
    public func arn(_ service: String, _ resource: String, region: String? = nil) -> String {
        "arn:aws:\(service):\(region ?? self.region):\(cloud.accountId):\(resource)"
    }
}
