import Foundation

/// Snapshot and restore of a whole cloud, so a learner's session can be saved and resumed.
extension Cloud {
    /// The snapshot format's version; a snapshot of another version is refused.
    public static let snapshotVersion = 1

    private struct DynamicKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    private struct Services: Codable {
        var engines: [String: any ServiceEngine]

        init(_ engines: [String: any ServiceEngine]) { self.engines = engines }

        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: DynamicKey.self)
            var engines: [String: any ServiceEngine] = [:]
            for type in Cloud.serviceTypes {
                let key = DynamicKey(stringValue: type.serviceName)
                engines[type.serviceName] = try c.decodeIfPresent(type, forKey: key) ?? type.init()
            }
            self.engines = engines
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: DynamicKey.self)
            for name in engines.keys.sorted() {
                guard let engine = engines[name] else { continue }
                try c.encode(engine, forKey: DynamicKey(stringValue: name))
            }
        }
    }

    private struct Snapshot: Codable {
        var version: Int
        var accountId: String
        var seed: UInt64
        var clock: VirtualClock
        var scheduler: Scheduler
        var ids: IDGenerator
        var services: Services
    }

    /// Errors reading a snapshot.
    public struct SnapshotError: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// The whole cloud as JSON bytes (deterministic: keys sorted).
    public func snapshot() throws -> Data {
        let snap = Snapshot(version: Cloud.snapshotVersion, accountId: accountId, seed: seed, clock: clock,
                            scheduler: scheduler, ids: ids, services: Services(engines))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(snap)
    }

    /// A cloud restored from `snapshot()`'s bytes.
    public convenience init(snapshot data: Data) throws {
        let snap: Snapshot
        do {
            snap = try JSONDecoder().decode(Snapshot.self, from: data)
        } catch {
            throw SnapshotError(description: "not a lab cloud snapshot (\(error))")
        }
        guard snap.version == Cloud.snapshotVersion else {
            throw SnapshotError(description: "cloud snapshot version \(snap.version) is not \(Cloud.snapshotVersion)")
        }
        self.init(seed: snap.seed, start: snap.clock.now, accountId: snap.accountId)
        self.clock = snap.clock
        self.scheduler = snap.scheduler
        self.ids = snap.ids
        self.replaceEngines(snap.services.engines)
    }
}
