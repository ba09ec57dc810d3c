import Foundation
import Testing
@testable import Engine

/// Random sequences of operations and time steps, checked against a simple reference model.
@Suite("SQS properties")
struct SQSPropertyTests {
    /// What the model knows about one message.
    struct ModelMessage {
        var id: String
        var group: String?
        var sentAt: Double
        var visibleAt: Double
        var latestHandle: String?
        var inFlight = false
        var receives = 0
    }

    /// The reference model of one queue.
    struct ModelQueue {
        let url: String
        let fifo: Bool
        var live: [String: ModelMessage] = [:]
        var order: [String] = []          // ids in send order (FIFO order per group)
        var handles: [String: String] = [:] // handle -> id
        var gone: Set<String> = []
        var dedup: [String: (id: String, at: Double)] = [:]
        var lastPurge: Double?

        func isVisible(_ m: ModelMessage, _ now: Double) -> Bool { m.visibleAt <= now }
        func inFlight(_ m: ModelMessage, _ now: Double) -> Bool { m.inFlight && m.visibleAt > now }
    }

    // MARK: - Operations shared by both properties

    static func send(_ h: SQSHarness, _ q: inout ModelQueue, _ rng: inout SeededRandom, delay: Int = 0) throws {
        let now = h.now
        if q.fifo {
            let group = "g\(rng.int(0...3))"
            let dedupId = "d\(rng.int(0...11))"
            let out = try h.send(q.url, "body-\(rng.next() % 1000)", ["MessageGroupId": .string(group),
                                                                      "MessageDeduplicationId": .string(dedupId)])
            let id = try #require(out["MessageId"]?.stringValue)
            if let earlier = q.dedup[dedupId], now - earlier.at < 300 {
                #expect(id == earlier.id, "a duplicate inside the 5-minute window must not be enqueued")
                return
            }
            #expect(q.live[id] == nil && !q.gone.contains(id))
            q.dedup[dedupId] = (id, now)
            q.live[id] = ModelMessage(id: id, group: group, sentAt: now, visibleAt: now)
            q.order.append(id)
        } else {
            var extra: Value = [:]
            if delay > 0 { extra["DelaySeconds"] = .int(delay) }
            let out = try h.send(q.url, "body-\(rng.next() % 1000)", extra)
            let id = try #require(out["MessageId"]?.stringValue)
            #expect(q.live[id] == nil && !q.gone.contains(id))
            q.live[id] = ModelMessage(id: id, group: nil, sentAt: now, visibleAt: now + Double(delay))
            q.order.append(id)
        }
    }

    /// Receives and checks each message against the model. Returns the ids received.
    @discardableResult
    static func receive(_ h: SQSHarness, _ q: inout ModelQueue, _ rng: inout SeededRandom,
                        movesPossible: Bool = false) throws -> [String] {
        let max = rng.int(1...10)
        let wait = rng.chance(30) ? rng.int(1...5) : 0
        let visibility = rng.pick([0, 3, 10, 20])
        let got = try h.receive(q.url, max: max, wait: wait, visibility: visibility)
        let now = h.now
        let before = q
        #expect(got.count <= max)
        var ids: [String] = []
        for message in got {
            let id = try #require(message["MessageId"]?.stringValue)
            guard var model = q.live[id] else {
                Issue.record("received \(id), which was deleted or never sent")
                continue
            }
            #expect(model.visibleAt <= now, "received a message that was not visible")
            model.receives += 1
            model.inFlight = true
            model.visibleAt = now + Double(visibility)
            let handle = try #require(message["ReceiptHandle"]?.stringValue)
            model.latestHandle = handle
            q.handles[handle] = id
            q.live[id] = model
            ids.append(id)
        }
        if q.fifo {
            var byGroup: [String: [String]] = [:]
            for id in ids { byGroup[before.live[id]?.group ?? "", default: []].append(id) }
            for (group, returned) in byGroup {
                let order = before.order.filter { before.live[$0]?.group == group }
                if movesPossible {
                    // Some earlier messages may have moved to the dead-letter queue unseen: what came
                    // back is in send order, and nothing behind an in-flight message.
                    let positions = returned.compactMap { order.firstIndex(of: $0) }
                    #expect(positions == positions.sorted(), "FIFO order broken in group \(group)")
                    if let blocker = order.firstIndex(where: { id in before.live[id].map { before.inFlight($0, now) } ?? false }) {
                        #expect(positions.allSatisfy { $0 < blocker }, "a message behind an in-flight one was released")
                    }
                } else {
                    // Exactly the group's first messages, in order.
                    #expect(Array(order.prefix(returned.count)) == returned, "FIFO order broken in group \(group)")
                }
            }
        }
        return ids
    }

    static func delete(_ h: SQSHarness, _ q: inout ModelQueue, _ rng: inout SeededRandom, onlyInFlight: Bool) throws {
        guard let (handle, id) = q.handles.sorted(by: { $0.key < $1.key }).randomElement(using: &rng) else { return }
        let now = h.now
        guard let model = q.live[id] else {
            if q.fifo {
                // Deleted already: a quiet success for the latest handle is not guaranteed after expiry.
                return
            }
            try h.delete(q.url, .string(handle))
            return
        }
        let current = model.latestHandle == handle
        if onlyInFlight, !(current && q.inFlight(model, now)) { return }
        if q.fifo, !(current && q.inFlight(model, now)) {
            expectAWSError("InvalidParameterValue") { try h.delete(q.url, .string(handle)) }
            return
        }
        try h.delete(q.url, .string(handle))
        q.live[id] = nil
        q.gone.insert(id)
    }

    static func changeVisibility(_ h: SQSHarness, _ q: inout ModelQueue, _ rng: inout SeededRandom) throws {
        guard let (handle, id) = q.handles.sorted(by: { $0.key < $1.key }).randomElement(using: &rng) else { return }
        let now = h.now
        let timeout = rng.pick([0, 5, 15])
        let input: Value = ["QueueUrl": .string(q.url), "ReceiptHandle": .string(handle), "VisibilityTimeout": .int(timeout)]
        guard var model = q.live[id], model.latestHandle == handle, !q.fifo || q.inFlight(model, now) else {
            expectAWSError("InvalidParameterValue") { try h.call("ChangeMessageVisibility", input) }
            return
        }
        try h.call("ChangeMessageVisibility", input)
        model.inFlight = true
        model.visibleAt = now + Double(timeout)
        q.live[id] = model
    }

    static func checkCounters(_ h: SQSHarness, _ q: ModelQueue) throws {
        let now = h.now
        let inFlight = q.live.values.filter { q.inFlight($0, now) }.count
        let delayed = q.live.values.filter { !$0.inFlight && $0.visibleAt > now }.count
        #expect(try h.counts(q.url) == [q.live.count - inFlight - delayed, inFlight, delayed])
    }

    /// Receives and deletes everything left; returns the ids and their receive attributes.
    static func drain(_ h: SQSHarness, _ url: String) throws -> [(id: String, attributes: Value)] {
        h.advance(60)
        var drained: [(String, Value)] = []
        for _ in 0..<200 {
            let got = try h.receive(url, max: 10, wait: 20, ["AttributeNames": ["All"]])
            if got.isEmpty { break }
            for message in got {
                drained.append((message["MessageId"]?.stringValue ?? "", message["Attributes"] ?? .null))
                try h.delete(url, message["ReceiptHandle"])
            }
        }
        return drained
    }

    // MARK: - Properties

    @Test("Counters, visibility, FIFO order, FIFO deduplication and no loss, over random histories")
    func historiesWithoutDeadLetters() throws {
        for seed in UInt64(1)...150 {
            var rng = SeededRandom(seed: seed &* 7919)
            let h = SQSHarness(seed: seed)
            var queues = [ModelQueue(url: try h.createQueue("p-std"), fifo: false),
                          ModelQueue(url: try h.createQueue("p.fifo", ["FifoQueue": "true"]), fifo: true)]
            for _ in 0..<150 {
                let i = rng.int(0...1)
                switch rng.int(1...100) {
                case 1...30: try Self.send(h, &queues[i], &rng)
                case 31...55: try Self.receive(h, &queues[i], &rng)
                case 56...72: try Self.delete(h, &queues[i], &rng, onlyInFlight: false)
                case 73...80: try Self.changeVisibility(h, &queues[i], &rng)
                case 81...97: h.advance(Double(rng.int(0...12)))
                case 98: h.advance(301)
                case 99:
                    let now = h.now
                    if let last = queues[i].lastPurge, now - last < 60 {
                        expectAWSError("AWS.SimpleQueueService.PurgeQueueInProgress") {
                            try h.call("PurgeQueue", ["QueueUrl": .string(queues[i].url)])
                        }
                    } else {
                        try h.call("PurgeQueue", ["QueueUrl": .string(queues[i].url)])
                        queues[i].lastPurge = now
                        queues[i].gone.formUnion(queues[i].live.keys)
                        queues[i].live.removeAll()
                    }
                default: try Self.checkCounters(h, queues[i])
                }
            }
            for q in queues {
                try Self.checkCounters(h, q)
                let drained = try Self.drain(h, q.url).map(\.id)
                #expect(drained.count == Set(drained).count, "a message was delivered twice while draining")
                #expect(Set(drained) == Set(q.live.keys), "seed \(seed): a message was lost or came back")
                if q.fifo {
                    // Drained in send order within each group.
                    for group in Set(q.live.values.compactMap(\.group)) {
                        let expected = q.order.filter { q.live[$0]?.group == group }
                        #expect(drained.filter { q.live[$0]?.group == group } == expected)
                    }
                }
            }
        }
    }

    @Test("With dead-letter queues, delays and retention, every message is received, moved, or expired")
    func historiesWithDeadLetters() throws {
        let retention = 600.0
        for seed in UInt64(1)...100 {
            var rng = SeededRandom(seed: seed &* 104_729)
            let h = SQSHarness(seed: seed)
            let dlq = try h.createQueue("p-dlq")
            let dlqFifo = try h.createQueue("p-dlq.fifo", ["FifoQueue": "true"])
            let policy = { (name: String) in #"{"deadLetterTargetArn":"arn:aws:sqs:us-east-1:123456789012:\#(name)","maxReceiveCount":2}"# }
            var queues = [
                ModelQueue(url: try h.createQueue("p-src", ["RedrivePolicy": policy("p-dlq"),
                                                            "MessageRetentionPeriod": String(Int(retention))]), fifo: false),
                ModelQueue(url: try h.createQueue("p-src.fifo", ["FifoQueue": "true", "RedrivePolicy": policy("p-dlq.fifo")]), fifo: true),
            ]
            var deleted: [Set<String>] = [[], []]
            var sent: [[String: Double]] = [[:], [:]]
            for _ in 0..<150 {
                let i = rng.int(0...1)
                switch rng.int(1...100) {
                case 1...30:
                    let before = Set(queues[i].live.keys)
                    try Self.send(h, &queues[i], &rng, delay: queues[i].fifo ? 0 : rng.pick([0, 0, 5, 30]))
                    for id in Set(queues[i].live.keys).subtracting(before) { sent[i][id] = h.now }
                case 31...60:
                    let received = try Self.receive(h, &queues[i], &rng, movesPossible: true)
                    for id in received { #expect((queues[i].live[id]?.receives ?? 0) <= 2, "received more often than maxReceiveCount") }
                case 61...78:
                    let before = Set(queues[i].live.keys)
                    try Self.delete(h, &queues[i], &rng, onlyInFlight: true)
                    deleted[i].formUnion(before.subtracting(queues[i].live.keys))
                default:
                    h.advance(Double(rng.int(0...40)))
                }
            }
            let endTime = h.now + 60
            for (i, dead) in [dlq, dlqFifo].enumerated() {
                let source = queues[i]
                let fromSource = try Self.drain(h, source.url).map(\.id)
                let fromDLQ = try Self.drain(h, dead)
                for (_, attributes) in fromDLQ {
                    #expect(Int(attributes["ApproximateReceiveCount"]?.stringValue ?? "") ?? 0 >= 3)
                    #expect(attributes["DeadLetterQueueSourceArn"]?.stringValue?.hasSuffix(source.fifo ? "p-src.fifo" : "p-src") == true)
                }
                let dlqIds = fromDLQ.map(\.id)
                let all = fromSource + dlqIds + Array(deleted[i])
                #expect(all.count == Set(all).count, "seed \(seed): a message ended up in two places")
                let accounted = Set(all)
                for (id, at) in sent[i] where !accounted.contains(id) {
                    #expect(!source.fifo && at + retention <= endTime, "seed \(seed): message \(id) was lost")
                }
                #expect(accounted.isSubset(of: Set(sent[i].keys)))
            }
        }
    }
}

extension Array {
    /// A seeded random element.
    func randomElement(using rng: inout SeededRandom) -> Element? {
        isEmpty ? nil : self[rng.int(0...(count - 1))]
    }
}
