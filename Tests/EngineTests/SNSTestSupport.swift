import Foundation
import Testing
@testable import Engine

/// A fresh cloud with short-hands for SNS and the SQS queues it delivers to. Every successful
/// SNS output is checked against the operation's output shape in the CLI's model.
struct SNSHarness {
    let queues = SQSHarness()
    var cloud: Cloud { queues.cloud }
    let region = "us-east-1"

    @discardableResult
    func call(_ operation: String, _ input: Value = .emptyObject, region: String? = nil) throws -> Value {
        let output = try cloud.call("sns", operation, input, region: region ?? self.region)
        ModelShapes.sns.check(output, operation: operation)
        return output
    }

    /// Creates a topic and returns its ARN.
    @discardableResult
    func createTopic(_ name: String, _ attributes: [String: String] = [:]) throws -> String {
        var input: Value = ["Name": .string(name)]
        if !attributes.isEmpty { input["Attributes"] = Self.map(attributes) }
        return try call("CreateTopic", input)["TopicArn"]?.stringValue ?? ""
    }

    /// Creates a queue that lets SNS send to it (unless `allowSNS` is false); returns (URL, ARN).
    func createQueue(_ name: String, allowSNS: Bool = true, _ attributes: [String: String] = [:]) throws -> (String, String) {
        var attributes = attributes
        let arn = "arn:aws:sqs:us-east-1:123456789012:\(name)"
        if allowSNS { attributes["Policy"] = Self.snsPolicy(queueArn: arn) }
        let url = try queues.createQueue(name, attributes)
        return (url, arn)
    }

    static func snsPolicy(queueArn: String, sourceArn: String? = nil) -> String {
        var statement: Value = ["Effect": "Allow", "Principal": ["Service": "sns.amazonaws.com"],
                                "Action": "sqs:SendMessage", "Resource": .string(queueArn)]
        if let sourceArn { statement["Condition"] = ["ArnEquals": ["aws:SourceArn": .string(sourceArn)]] }
        return JSONWriter.compact(["Version": "2012-10-17", "Statement": [statement]])
    }

    @discardableResult
    func subscribe(_ topic: String, _ kind: String, _ endpoint: String, _ attributes: [String: String] = [:],
                   returnArn: Bool = true) throws -> String {
        var input: Value = ["TopicArn": .string(topic), "Protocol": .string(kind), "Endpoint": .string(endpoint),
                            "ReturnSubscriptionArn": .bool(returnArn)]
        if !attributes.isEmpty { input["Attributes"] = Self.map(attributes) }
        return try call("Subscribe", input)["SubscriptionArn"]?.stringValue ?? ""
    }

    @discardableResult
    func publish(_ topic: String, _ message: String, _ extra: Value = [:]) throws -> Value {
        var input: Value = ["TopicArn": .string(topic), "Message": .string(message)]
        for (key, value) in extra.objectValue ?? [:] { input[key] = value }
        return try call("Publish", input)
    }

    /// Bodies of every message waiting in a queue (received and deleted).
    func drain(_ url: String) throws -> [Value] {
        var all: [Value] = []
        while true {
            let batch = try queues.receive(url, max: 10, wait: 1, ["MessageAttributeNames": ["All"],
                                                                   "MessageSystemAttributeNames": ["All"]])
            if batch.isEmpty { return all }
            for message in batch { try queues.delete(url, message["ReceiptHandle"]) }
            all += batch
        }
    }

    /// The `Message` field of each envelope waiting in a queue.
    func messages(_ url: String) throws -> [String] {
        try drain(url).map { message in
            let body = message["Body"]?.stringValue ?? ""
            return (try? JSONParser.parse(body))?["Message"]?.stringValue ?? body
        }
    }

    func topicAttributes(_ arn: String) throws -> [String: String] {
        let output = try call("GetTopicAttributes", ["TopicArn": .string(arn)])
        var result: [String: String] = [:]
        for (key, value) in output["Attributes"]?.objectValue ?? [:] { result[key] = value.stringValue }
        return result
    }

    func subscriptionAttributes(_ arn: String) throws -> [String: String] {
        let output = try call("GetSubscriptionAttributes", ["SubscriptionArn": .string(arn)])
        var result: [String: String] = [:]
        for (key, value) in output["Attributes"]?.objectValue ?? [:] { result[key] = value.stringValue }
        return result
    }

    static func map(_ pairs: [String: String]) -> Value {
        var value: Value = [:]
        for key in pairs.keys.sorted() { value[key] = .string(pairs[key] ?? "") }
        return value
    }

    static func stringAttribute(_ value: String, type: String = "String") -> Value {
        ["DataType": .string(type), "StringValue": .string(value)]
    }
}
