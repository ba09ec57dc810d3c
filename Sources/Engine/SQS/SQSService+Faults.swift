/// The lab's fault injection for standard queues (the lead wires it to a lab verb).
extension SQSService {
    /// Why a fault could not be injected.
    public struct FaultError: Error, Sendable, Equatable, CustomStringConvertible {
        public var description: String
    }

    /// Makes the next `count` deletes on a standard queue hit a server that is down: each
    /// delete succeeds, but the copy of the message on that server survives and is delivered
    /// again once its visibility timeout ends (at-least-once delivery, as the notes describe).
    /// FIFO queues deliver exactly once and refuse the fault.
    public func injectDuplicateFault(queueUrl: String, count: Int = 1, cloud: Cloud, region: String) throws {
        let context = RequestContext(cloud: cloud, region: region)
        let queue: Queue
        do {
            queue = try self.queue(url: queueUrl, context)
        } catch {
            throw FaultError(description: "No queue \(queueUrl) in \(region).")
        }
        guard !queue.isFifo else {
            throw FaultError(description: "\(queue.name) is a FIFO queue: FIFO queues deliver each message exactly once.")
        }
        guard count > 0 else { throw FaultError(description: "The number of failed deletes must be at least 1.") }
        queue.duplicateFaults += count
    }

    /// How many injected delete failures a queue still has to go through.
    public func pendingDuplicateFaults(queueUrl: String, cloud: Cloud, region: String) -> Int {
        (try? queue(url: queueUrl, RequestContext(cloud: cloud, region: region)))?.duplicateFaults ?? 0
    }
}
