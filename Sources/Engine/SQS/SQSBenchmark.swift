/// A throughput benchmark of the simulated SQS (`lab bench sqs`): messages are sent, received
/// and deleted in batches of ten through `Cloud.call`, once on a standard queue and once on a
/// FIFO queue spread over many message groups. The caller supplies the clock, since the engine
/// never reads the wall clock itself.
public enum SQSBenchmark {
    /// What one run measured.
    public struct Result: Sendable, Equatable {
        public var messages: Int
        public var fifoGroups: Int
        /// Seconds to send, receive and delete every message on the standard queue.
        public var standardSeconds: Double
        /// The same on the FIFO queue.
        public var fifoSeconds: Double
    }

    /// A run that did not end with every message received and deleted exactly once.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    public static func run<C: Clock>(messages: Int = 1_000_000, fifoGroups: Int = 1_000, clock: C) throws -> Result
    where C.Duration == Duration {
        let standard = try measure(clock) { try pass(messages: messages, fifoGroups: nil) }
        let fifo = try measure(clock) { try pass(messages: messages, fifoGroups: max(1, fifoGroups)) }
        return Result(messages: messages, fifoGroups: fifoGroups, standardSeconds: standard, fifoSeconds: fifo)
    }

    private static func measure<C: Clock>(_ clock: C, _ body: () throws -> Void) throws -> Double where C.Duration == Duration {
        let start = clock.now
        try body()
        let elapsed = start.duration(to: clock.now)
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    private static let ids = (0..<10).map { "m\($0)" }

    /// Sends `messages` messages, then receives and deletes until the queue is empty.
    private static func pass(messages: Int, fifoGroups: Int?) throws {
        let region = "us-east-1"
        let cloud = Cloud(seed: 2026)
        var attributes: Value = [:]
        if fifoGroups != nil { attributes["FifoQueue"] = "true" }
        let name: Value = fifoGroups == nil ? "bench" : "bench.fifo"
        let created = try cloud.call("sqs", "CreateQueue", ["QueueName": name, "Attributes": attributes], region: region)
        guard let url = created["QueueUrl"] else { throw Failure(description: "CreateQueue returned no QueueUrl") }

        var sent = 0
        while sent < messages {
            var entries: [Value] = []
            entries.reserveCapacity(10)
            for i in 0..<min(10, messages - sent) {
                let n = sent + i
                var entry: Value = ["Id": .string(ids[i]), "MessageBody": .string("message \(n)")]
                if let fifoGroups {
                    entry["MessageGroupId"] = .string("g\(n % fifoGroups)")
                    entry["MessageDeduplicationId"] = .string("d\(n)")
                }
                entries.append(entry)
            }
            let result = try cloud.call("sqs", "SendMessageBatch", ["QueueUrl": url, "Entries": .array(entries)],
                                        region: region)
            guard result["Failed"] == nil else { throw Failure(description: "SendMessageBatch failed: \(result)") }
            sent += entries.count
        }

        var received = 0
        var emptyPolls = 0
        while received < messages {
            var request: Value = ["QueueUrl": url, "MaxNumberOfMessages": 10]
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
                entries.append(["Id": .string(ids[i]), "ReceiptHandle": handle])
            }
            let deleted = try cloud.call("sqs", "DeleteMessageBatch", ["QueueUrl": url, "Entries": .array(entries)],
                                         region: region)
            guard deleted["Failed"] == nil else { throw Failure(description: "DeleteMessageBatch failed: \(deleted)") }
            received += batch.count
        }
        let left = try cloud.call("sqs", "GetQueueAttributes", ["QueueUrl": url, "AttributeNames": ["All"]], region: region)
        let counts = ["ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible",
                      "ApproximateNumberOfMessagesDelayed"].map { left["Attributes"]?[$0]?.stringValue }
        guard received == messages, counts.allSatisfy({ $0 == "0" }) else {
            throw Failure(description: "received \(received) of \(messages); counters \(counts)")
        }
    }
}
