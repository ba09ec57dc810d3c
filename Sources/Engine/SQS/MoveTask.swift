import Foundation

/// A message move task (`StartMessageMoveTask`): messages go from a dead-letter queue back to
/// their source queues or to a chosen destination, at a fixed rate or all at once.
struct MoveTask: Codable, Equatable, Sendable {
    var taskId: String
    var sourceArn: String
    var destinationArn: String?
    var maxPerSecond: Int?
    var startedAt: Double
    var toMove: Int
    var moved = 0
    /// `RUNNING`, `COMPLETED`, `CANCELLED` or `FAILED`.
    var status = "RUNNING"
    var failureReason: String?

    init(taskId: String, sourceArn: String, destinationArn: String?, maxPerSecond: Int?, startedAt: Double, toMove: Int) {
        self.taskId = taskId
        self.sourceArn = sourceArn
        self.destinationArn = destinationArn
        self.maxPerSecond = maxPerSecond
        self.startedAt = startedAt
        self.toMove = toMove
    }

    var isRunning: Bool { status == "RUNNING" }

    /// The handle SQS gives out: base64 of `{"taskId":...,"sourceArn":...}`.
    var handle: String {
        let json = JSONWriter.compact(["taskId": .string(taskId), "sourceArn": .string(sourceArn)])
        return Data(json.utf8).base64EncodedString()
    }

    /// The task id and source ARN a handle holds.
    static func parse(handle: String) -> (taskId: String, sourceArn: String)? {
        guard let data = Data(base64Encoded: handle), let document = try? JSONParser.parse(data),
              let taskId = document["taskId"]?.stringValue, let sourceArn = document["sourceArn"]?.stringValue
        else { return nil }
        return (taskId, sourceArn)
    }

    /// How many messages should have moved by a given time.
    func due(at now: Double) -> Int {
        guard let rate = maxPerSecond else { return toMove }
        let elapsed = max(0, now - startedAt)
        return min(toMove, Int((elapsed * Double(rate)).rounded(.down)) + 1)
    }

    /// When the next message moves, if the task moves at a fixed rate.
    var nextMoveTime: Double? {
        guard isRunning, let rate = maxPerSecond, moved < toMove else { return nil }
        return startedAt + Double(moved) / Double(rate)
    }

    /// The task as `ListMessageMoveTasks` shows it.
    var entry: Value {
        var result: Value = [:]
        if isRunning { result["TaskHandle"] = .string(handle) }
        result["Status"] = .string(status)
        result["SourceArn"] = .string(sourceArn)
        if let destinationArn { result["DestinationArn"] = .string(destinationArn) }
        if let maxPerSecond { result["MaxNumberOfMessagesPerSecond"] = .int(maxPerSecond) }
        result["ApproximateNumberOfMessagesMoved"] = .int(moved)
        result["ApproximateNumberOfMessagesToMove"] = .int(toMove)
        if let failureReason { result["FailureReason"] = .string(failureReason) }
        result["StartedTimestamp"] = .int(Int((startedAt * 1000).rounded(.down)))
        return result
    }
}
