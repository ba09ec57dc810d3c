/// A throughput benchmark of the simulated SQS (`lab bench sqs`): messages are sent, received
/// and deleted in batches of ten, once on a standard queue and once on a FIFO queue spread over
/// many message groups. The caller supplies the clock, since the engine never reads the wall
/// clock itself.
///
/// Two paths: `.engine` drives `SQSService`'s own send, receive and delete code (validation,
/// ids, digests, receipt handles, the queue's indexes) with typed values; `.api` goes through
/// `Cloud.call` with `Value` inputs and outputs, as the `aws` command line does.
public enum SQSBenchmark {
    /// Which way the messages go through the engine.
    public enum Path: String, Sendable, CaseIterable {
        case engine, api
    }

    /// What one run measured.
    public struct Result: Sendable, Equatable {
        public var messages: Int
        public var fifoGroups: Int
        public var path: Path
        /// Seconds to send, receive and delete every message on the standard queue.
        public var standardSeconds: Double
        /// The same on the FIFO queue.
        public var fifoSeconds: Double
    }

    /// A run that did not end with every message received and deleted exactly once.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    public static func run<C: Clock>(messages: Int = 1_000_000, fifoGroups: Int = 1_000, path: Path = .engine,
                                     clock: C) throws -> Result where C.Duration == Duration {
        let groups = max(1, fifoGroups)
        // Each pass returns its cloud, so that freeing it (and the FIFO queue's five minutes of
        // deduplication ids) is not timed.
        let (standard, standardCloud) = try measure(clock) { try pass(messages: messages, fifoGroups: nil, path: path) }
        let (fifo, fifoCloud) = try measure(clock) { try pass(messages: messages, fifoGroups: groups, path: path) }
        try check(standardCloud)
        try check(fifoCloud)
        return Result(messages: messages, fifoGroups: groups, path: path, standardSeconds: standard, fifoSeconds: fifo)
    }

    private static func measure<C: Clock>(_ clock: C, _ body: () throws -> Cloud) throws -> (Double, Cloud)
    where C.Duration == Duration {
        let start = clock.now
        let cloud = try body()
        let elapsed = start.duration(to: clock.now)
        return (Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18, cloud)
    }

    /// Every counter of the queue the pass used is back at zero.
    private static func check(_ cloud: Cloud) throws {
        let url = try cloud.call("sqs", "ListQueues", region: region)["QueueUrls"]?[0] ?? .null
        let left = try cloud.call("sqs", "GetQueueAttributes", ["QueueUrl": url, "AttributeNames": ["All"]], region: region)
        let counts = ["ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible",
                      "ApproximateNumberOfMessagesDelayed"].map { left["Attributes"]?[$0]?.stringValue }
        guard counts.allSatisfy({ $0 == "0" }) else { throw Failure(description: "messages left over: \(counts)") }
    }

    private static let region = "us-east-1"
    private static let entryIds = (0..<10).map { "m\($0)" }

    private static func pass(messages: Int, fifoGroups: Int?, path: Path) throws -> Cloud {
        let cloud = Cloud(seed: 2026)
        var attributes: Value = [:]
        if fifoGroups != nil { attributes["FifoQueue"] = "true" }
        let name: Value = fifoGroups == nil ? "bench" : "bench.fifo"
        let created = try cloud.call("sqs", "CreateQueue", ["QueueName": name, "Attributes": attributes], region: region)
        guard let url = created["QueueUrl"]?.stringValue else { throw Failure(description: "CreateQueue returned no QueueUrl") }
        switch path {
        case .engine: try enginePass(cloud, url: url, messages: messages, fifoGroups: fifoGroups)
        case .api: try apiPass(cloud, url: url, messages: messages, fifoGroups: fifoGroups)
        }
        return cloud
    }

    // MARK: - Typed path

    private static func enginePass(_ cloud: Cloud, url: String, messages: Int, fifoGroups: Int?) throws {
        let service = cloud.service(SQSService.self)
        let context = RequestContext(cloud: cloud, region: region)
        let queue = try service.queue(url: url, context)
        var sent = 0
        while sent < messages {
            for i in 0..<min(10, messages - sent) {
                let n = sent + i
                let body = "message \(n)"
                try SQSService.checkCharacters(body)
                var outgoing = OutgoingMessage(body: body, attributes: [], traceHeader: nil, delaySeconds: nil,
                                               groupId: nil, deduplicationId: nil, size: body.utf8.count)
                if let fifoGroups {
                    outgoing.groupId = "g\(n % fifoGroups)"
                    outgoing.deduplicationId = "d\(n)"
                }
                guard outgoing.size <= queue.attributes.maximumMessageSize else { throw Failure(description: "too big") }
                _ = service.enqueue(outgoing, into: queue, context)
            }
            sent += 10
        }
        let request = ReceiveRequest(maxMessages: 10, visibility: queue.attributes.visibilityTimeout,
                                     systemAttributes: [], messageAttributes: [])
        var received = 0
        var emptyPolls = 0
        while received < messages {
            let batch = service.receiveOnce(queue, request, longPoll: emptyPolls > 0, context)
            if batch.isEmpty {
                emptyPolls += 1
                if emptyPolls > 3 { throw Failure(description: "the queue ran dry after \(received) messages") }
                continue
            }
            emptyPolls = 0
            for (_, handle) in batch { try service.delete(handle: handle, in: queue, context) }
            received += batch.count
        }
        guard received == messages else { throw Failure(description: "received \(received) of \(messages)") }
    }

    // MARK: - Through Cloud.call

    private static func apiPass(_ cloud: Cloud, url: String, messages: Int, fifoGroups: Int?) throws {
        let queueUrl = Value.string(url)
        var sent = 0
        while sent < messages {
            var entries: [Value] = []
            entries.reserveCapacity(10)
            for i in 0..<min(10, messages - sent) {
                let n = sent + i
                var entry: Value = ["Id": .string(entryIds[i]), "MessageBody": .string("message \(n)")]
                if let fifoGroups {
                    entry["MessageGroupId"] = .string("g\(n % fifoGroups)")
                    entry["MessageDeduplicationId"] = .string("d\(n)")
                }
                entries.append(entry)
            }
            let result = try cloud.call("sqs", "SendMessageBatch", ["QueueUrl": queueUrl, "Entries": .array(entries)],
                                        region: region)
            guard result["Failed"] == nil else { throw Failure(description: "SendMessageBatch failed: \(result)") }
            sent += entries.count
        }
        var received = 0
        var emptyPolls = 0
        while received < messages {
            var request: Value = ["QueueUrl": queueUrl, "MaxNumberOfMessages": 10]
            if emptyPolls > 0 { request["WaitTimeSeconds"] = 1 }
            let batch = try cloud.call("sqs", "ReceiveMessage", request, region: region)["Messages"]?.arrayValue ?? []
            if batch.isEmpty {
                emptyPolls += 1
                if emptyPolls > 3 { throw Failure(description: "the queue ran dry after \(received) messages") }
                continue
            }
            emptyPolls = 0
            var entries: [Value] = []
            entries.reserveCapacity(batch.count)
            for (i, message) in batch.enumerated() {
                guard let handle = message["ReceiptHandle"] else { throw Failure(description: "message without handle") }
                entries.append(["Id": .string(entryIds[i]), "ReceiptHandle": handle])
            }
            let deleted = try cloud.call("sqs", "DeleteMessageBatch", ["QueueUrl": queueUrl, "Entries": .array(entries)],
                                         region: region)
            guard deleted["Failed"] == nil else { throw Failure(description: "DeleteMessageBatch failed: \(deleted)") }
            received += batch.count
        }
        guard received == messages else { throw Failure(description: "received \(received) of \(messages)") }
    }
}
