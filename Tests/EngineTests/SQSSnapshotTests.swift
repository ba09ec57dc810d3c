import Foundation
import Testing
@testable import Engine

@Suite("SQS snapshots")
struct SQSSnapshotTests {
    /// A cloud with messages in every state: visible, in flight, delayed, in a DLQ, in FIFO
    /// groups with deduplication records, plus a running move task and an injected fault.
    func busyCloud() throws -> (SQSHarness, [String]) {
        let h = SQSHarness(seed: 42)
        let dlq = try h.createQueue("dlq")
        let std = try h.createQueue("std", ["RedrivePolicy": #"{"deadLetterTargetArn":"arn:aws:sqs:us-east-1:123456789012:dlq","maxReceiveCount":1}"#])
        let fifo = try h.createQueue("f.fifo", ["FifoQueue": "true", "ContentBasedDeduplication": "true"])
        try h.call("TagQueue", ["QueueUrl": .string(std), "Tags": ["team": "core"]])
        for i in 0..<12 { try h.send(std, "s\(i)", ["MessageAttributes": ["n": ["DataType": "Number", "StringValue": .string("\(i)")]]]) }
        try h.send(std, "later", ["DelaySeconds": 120])
        for i in 0..<9 { try h.send(fifo, "f\(i)", ["MessageGroupId": .string("g\(i % 3)")]) }
        _ = try h.receive(std, max: 3, wait: 1, visibility: 0)
        _ = try h.receive(std, max: 3, wait: 1, visibility: 0)
        _ = try h.receive(std, max: 4, wait: 1, visibility: 60)
        _ = try h.receive(fifo, max: 2, wait: 0, visibility: 45)
        try h.call("StartMessageMoveTask", ["SourceArn": "arn:aws:sqs:us-east-1:123456789012:dlq",
                                            "DestinationArn": "arn:aws:sqs:us-east-1:123456789012:std",
                                            "MaxNumberOfMessagesPerSecond": 1])
        try h.sqs.injectDuplicateFault(queueUrl: std, count: 2, cloud: h.cloud, region: h.region)
        h.advance(10)
        return (h, [std, fifo, dlq])
    }

    @Test("A snapshot restores byte for byte, with messages in flight")
    func roundTrip() throws {
        let (h, _) = try busyCloud()
        let data = try h.cloud.snapshot()
        let restored = try Cloud(snapshot: data)
        #expect(try restored.snapshot() == data)
    }

    @Test("A restored cloud goes on exactly as the original")
    func sameFuture() throws {
        let (original, urls) = try busyCloud()
        let restored = try Cloud(snapshot: original.cloud.snapshot())
        func script(_ cloud: Cloud) throws -> [Value] {
            var outputs: [Value] = []
            func call(_ op: String, _ input: Value) throws {
                outputs.append(try cloud.call("sqs", op, input, region: "us-east-1"))
            }
            for url in urls {
                try call("GetQueueAttributes", ["QueueUrl": .string(url), "AttributeNames": ["All"]])
            }
            for step in 0..<12 {
                cloud.advance(by: 7)
                for url in urls {
                    let got = try cloud.call("sqs", "ReceiveMessage", ["QueueUrl": .string(url), "MaxNumberOfMessages": 4,
                                                                        "AttributeNames": ["All"], "MessageAttributeNames": ["All"]],
                                             region: "us-east-1")
                    outputs.append(got)
                    if step % 2 == 0, let handle = got["Messages"]?[0]?["ReceiptHandle"] {
                        try call("DeleteMessage", ["QueueUrl": .string(url), "ReceiptHandle": handle])
                    }
                }
                try call("SendMessage", ["QueueUrl": .string(urls[1]), "MessageBody": "f0", "MessageGroupId": "g0"])
            }
            try call("ListMessageMoveTasks", ["SourceArn": "arn:aws:sqs:us-east-1:123456789012:dlq"])
            return outputs
        }
        let a = try script(original.cloud)
        let b = try script(restored)
        #expect(a == b)
        #expect(a.count > 40)
    }
}
