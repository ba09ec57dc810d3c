import Foundation
import Testing
@testable import Engine

/// A fresh cloud and short-hands for calling SQS in tests. Every successful output is checked
/// against the operation's output shape in the service model.
struct SQSHarness {
    let cloud: Cloud
    let region: String

    init(seed: UInt64 = 1, region: String = "us-east-1") {
        self.cloud = Cloud(seed: seed)
        self.region = region
    }

    var now: Double { cloud.clock.now }
    var sqs: SQSService { cloud.service(SQSService.self) }

    @discardableResult
    func call(_ operation: String, _ input: Value = .emptyObject, region: String? = nil) throws -> Value {
        let output = try cloud.call("sqs", operation, input, region: region ?? self.region)
        ModelShapes.sqs.check(output, operation: operation)
        return output
    }

    /// Creates a queue and returns its URL.
    @discardableResult
    func createQueue(_ name: String, _ attributes: [String: String] = [:]) throws -> String {
        var attrs: Value = [:]
        for key in attributes.keys.sorted() { attrs[key] = .string(attributes[key] ?? "") }
        var input: Value = ["QueueName": .string(name)]
        if !attributes.isEmpty { input["Attributes"] = attrs }
        return try call("CreateQueue", input)["QueueUrl"]?.stringValue ?? ""
    }

    @discardableResult
    func send(_ url: String, _ body: String, _ extra: Value = [:]) throws -> Value {
        var input: Value = ["QueueUrl": .string(url), "MessageBody": .string(body)]
        for (key, value) in extra.objectValue ?? [:] { input[key] = value }
        return try call("SendMessage", input)
    }

    func receive(_ url: String, max: Int = 10, wait: Int? = 0, visibility: Int? = nil,
                 _ extra: Value = [:]) throws -> [Value] {
        var input: Value = ["QueueUrl": .string(url), "MaxNumberOfMessages": .int(max)]
        if let wait { input["WaitTimeSeconds"] = .int(wait) }
        if let visibility { input["VisibilityTimeout"] = .int(visibility) }
        for (key, value) in extra.objectValue ?? [:] { input[key] = value }
        return try call("ReceiveMessage", input)["Messages"]?.arrayValue ?? []
    }

    func delete(_ url: String, _ handle: Value?) throws {
        try call("DeleteMessage", ["QueueUrl": .string(url), "ReceiptHandle": handle ?? ""])
    }

    func attributes(_ url: String, _ names: [String] = ["All"]) throws -> [String: String] {
        let output = try call("GetQueueAttributes", ["QueueUrl": .string(url), "AttributeNames": .array(names.map { .string($0) })])
        var result: [String: String] = [:]
        for (key, value) in output["Attributes"]?.objectValue ?? [:] { result[key] = value.stringValue }
        return result
    }

    /// ApproximateNumberOfMessages, ...NotVisible, ...Delayed.
    func counts(_ url: String) throws -> [Int] {
        let a = try attributes(url, ["ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible",
                                     "ApproximateNumberOfMessagesDelayed"])
        return [a["ApproximateNumberOfMessages"], a["ApproximateNumberOfMessagesNotVisible"],
                a["ApproximateNumberOfMessagesDelayed"]].map { Int($0 ?? "") ?? -1 }
    }

    func advance(_ seconds: Double) { cloud.advance(by: seconds) }
}

/// Asserts that a call fails with an AWS error of that code (and message, when given).
func expectAWSError(_ code: String, _ message: String? = nil, status: Int? = nil,
                    sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> Void) {
    do {
        try body()
        Issue.record("expected \(code), but the call succeeded", sourceLocation: sourceLocation)
    } catch let error as AWSError {
        #expect(error.code == code, sourceLocation: sourceLocation)
        if let message { #expect(error.message == message, sourceLocation: sourceLocation) }
        if let status { #expect(error.httpStatus == status, sourceLocation: sourceLocation) }
    } catch {
        Issue.record("expected \(code), got \(error)", sourceLocation: sourceLocation)
    }
}

/// Paths of the repository and of the shared data beside it.
enum SQSTestPaths {
    static var packageRoot: URL {
        var dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while dir.path != "/" {
            if FileManager.default.fileExists(atPath: dir.appendingPathComponent("Package.swift").path) { return dir }
            dir.deleteLastPathComponent()
        }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    static var shared: URL { packageRoot.deletingLastPathComponent().appendingPathComponent("shared") }

    static var isCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }
}

/// The engine's own seeded generator (SplitMix64), for the property tests: reproducible.
struct SeededRandom {
    private var generator: IDGenerator
    init(seed: UInt64) { generator = IDGenerator(seed: seed) }

    mutating func next() -> UInt64 { generator.next() }

    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }

    mutating func chance(_ percent: Int) -> Bool { int(1...100) <= percent }

    mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }
}
