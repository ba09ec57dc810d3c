import Engine
import Foundation
import Testing

@Suite struct IDGeneratorTests {
    @Test func sameSeedSameIds() {
        var a = IDGenerator(seed: 42)
        var b = IDGenerator(seed: 42)
        #expect((0..<5).map { _ in a.resourceId("i") } == (0..<5).map { _ in b.resourceId("i") })
    }

    @Test func differentSeedsDiffer() {
        var a = IDGenerator(seed: 1)
        var b = IDGenerator(seed: 2)
        #expect(a.uuid() != b.uuid())
    }

    @Test func idsHaveAWSShapes() throws {
        var g = IDGenerator(seed: 7)
        let instance = g.resourceId("i")
        #expect(instance.count == 19)
        #expect(instance.hasPrefix("i-"))
        #expect(instance.dropFirst(2).allSatisfy { "0123456789abcdef".contains($0) })
        let uuid = g.uuid()
        let parts = uuid.split(separator: "-").map(\.count)
        #expect(parts == [8, 4, 4, 4, 12])
        #expect(Array(uuid)[14] == "4")
        #expect("89ab".contains(Array(uuid)[19]))
    }
}

@Suite struct SchedulerTests {
    @Test func eventsComeOutInTimeThenScheduleOrder() {
        var s = Scheduler()
        s.schedule(at: 10, service: "x", name: "late")
        s.schedule(at: 5, service: "x", name: "first")
        s.schedule(at: 5, service: "x", name: "second")
        #expect(s.nextTime == 5)
        #expect(s.popDue(at: 4) == nil)
        #expect(s.popDue(at: 20)?.name == "first")
        #expect(s.popDue(at: 20)?.name == "second")
        #expect(s.popDue(at: 20)?.name == "late")
        #expect(s.count == 0)
    }

    @Test func cancelDropsSelectedEvents() {
        var s = Scheduler()
        s.schedule(at: 1, service: "x", name: "keep")
        s.schedule(at: 2, service: "x", name: "drop")
        s.cancel { $0.name == "drop" }
        #expect(s.count == 1)
    }
}

@Suite struct CloudTests {
    @Test func clockOnlyMovesForward() {
        let cloud = Cloud()
        let start = cloud.clock.now
        cloud.advance(by: 30)
        #expect(cloud.clock.now == start + 30)
        cloud.advance(to: start)
        #expect(cloud.clock.now == start + 30)
    }

    @Test func callerIdentityIsTheLabAccount() throws {
        let cloud = Cloud()
        let out = try cloud.call("sts", "GetCallerIdentity", region: "us-east-1")
        #expect(out["Account"] == .string("123456789012"))
        #expect(out["Arn"] == .string("arn:aws:iam::123456789012:user/learner"))
    }

    @Test func unknownServiceIsNotSimulated() {
        let cloud = Cloud()
        #expect(throws: AWSError.notSimulated(service: "nope", operation: "X")) {
            try cloud.call("nope", "X", region: "us-east-1")
        }
    }

    @Test func snapshotRoundTripKeepsClockIdsAndEvents() throws {
        let cloud = Cloud(seed: 9)
        cloud.advance(by: 100)
        _ = cloud.ids.uuid()
        cloud.schedule(after: 50, service: "sts", name: "tick", payload: ["n": 1])
        let data = try cloud.snapshot()
        let restored = try Cloud(snapshot: data)
        #expect(restored.clock == cloud.clock)
        #expect(restored.scheduler.nextTime == cloud.scheduler.nextTime)
        var a = cloud.ids
        var b = restored.ids
        #expect(a.uuid() == b.uuid())
        #expect(try restored.snapshot() == data)
    }

    @Test func corruptSnapshotIsRefusedClearly() {
        #expect(throws: Cloud.SnapshotError.self) { try Cloud(snapshot: Data("{\"nope\":1}".utf8)) }
    }

    @Test func regionsHaveAtLeastThreeZones() {
        for name in ["us-east-1", "us-east-2", "us-west-1", "us-west-2", "eu-west-1", "eu-central-1", "ap-south-1", "ap-southeast-1"] {
            let region = Region.named(name)
            #expect(region != nil, "\(name)")
            #expect((region?.zones.count ?? 0) >= 3, "\(name)")
        }
    }
}
