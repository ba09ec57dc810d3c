import Foundation

/// The simulated AWS account: one learner's whole cloud. It owns the virtual clock, the
/// event scheduler, the seeded id generator and every service's state.
///
/// A cloud is used from one thread at a time; grading many submissions makes one cloud
/// per submission.
public final class Cloud {
    public let accountId: String
    public var clock: VirtualClock
    public var scheduler: Scheduler
    public var ids: IDGenerator
    /// The seed the cloud was made with (kept in snapshots).
    public let seed: UInt64
    /// Service state, by the CLI's service name.
    var engines: [String: any ServiceEngine]

    public static let defaultAccountId = "123456789012"

    public init(seed: UInt64 = 1, start: Double = VirtualClock.defaultStart, accountId: String = Cloud.defaultAccountId) {
        self.accountId = accountId
        self.seed = seed
        self.clock = VirtualClock(start: start)
        self.scheduler = Scheduler()
        self.ids = IDGenerator(seed: seed)
        var engines: [String: any ServiceEngine] = [:]
        for type in Cloud.serviceTypes { engines[type.serviceName] = type.init() }
        self.engines = engines
    }

    /// The state of one service, by its type.
    public func service<S: ServiceEngine>(_ type: S.Type) -> S {
        guard let engine = engines[S.serviceName] as? S else {
            preconditionFailure("service \(S.serviceName) is not registered in Cloud.serviceTypes")
        }
        return engine
    }

    /// Whether the simulation has a service of that CLI name.
    public func hasService(_ name: String) -> Bool { engines[name] != nil }

    /// Carries out one API operation (`sqs`, `SendMessage`, its input members) in a region.
    /// Events due by now fire first, so the operation sees the cloud as of `clock.now`.
    public func call(_ service: String, _ operation: String, _ input: Value = .emptyObject, region: String) throws -> Value {
        runDueEvents()
        guard let engine = engines[service] else {
            throw AWSError.notSimulated(service: service, operation: operation)
        }
        return try engine.perform(operation, input, context: RequestContext(cloud: self, region: region))
    }

    /// Several calls of one operation made at the same time, answered as if made in order.
    public func callConcurrently(_ service: String, _ operation: String, _ inputs: [Value],
                                 region: String) -> [Result<Value, any Error>] {
        runDueEvents()
        guard let engine = engines[service] else {
            return inputs.map { _ in .failure(AWSError.notSimulated(service: service, operation: operation)) }
        }
        return engine.performConcurrently(operation, inputs, context: RequestContext(cloud: self, region: region))
    }

    // MARK: - Time

    /// Fires every event due at or before the current time, each at its own time.
    public func runDueEvents() {
        let now = clock.now
        while let event = scheduler.popDue(at: now) {
            engines[event.service]?.handle(event, cloud: self)
        }
    }

    /// Moves virtual time forward by `seconds`, firing each event on the way at its time.
    public func advance(by seconds: Double) {
        advance(to: clock.now + max(0, seconds))
    }

    /// Moves virtual time forward to `time`, firing events in order on the way.
    public func advance(to time: Double) {
        while let next = scheduler.nextTime, next <= time {
            clock.set(next)
            runDueEvents()
        }
        clock.set(time)
        runDueEvents()
    }

    /// Schedules an event for a service at a virtual time.
    @discardableResult
    public func schedule(after seconds: Double, service: String, name: String, payload: Value = .null) -> UInt64 {
        scheduler.schedule(at: clock.now + seconds, service: service, name: name, payload: payload)
    }
}
