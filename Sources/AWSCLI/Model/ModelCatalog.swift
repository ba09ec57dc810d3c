import Foundation
import JSONValue
import Synchronization

/// The trimmed service models shipped with the lab, loaded lazily: a command that uses
/// `sqs` reads only `sqs.json`.
public final class ModelCatalog: Sendable {
    public static let shared = ModelCatalog()

    private let cache = Mutex<[String: ServiceModel]>([:])
    private let names: [String]

    private init() {
        var found: [String] = []
        if let url = Bundle.module.url(forResource: "Models", withExtension: nil),
           let files = try? FileManager.default.contentsOfDirectory(atPath: url.path) {
            found = files.filter { $0.hasSuffix(".json") && $0 != "index.json" }.map { String($0.dropLast(5)) }
        }
        names = found.sorted()
    }

    /// CLI names of the services whose models ship with the lab (`s3api`, `sqs`, `sts`).
    public var serviceNames: [String] { names }

    /// Whether `command` is one of the AWS CLI's service commands the lab does not simulate
    /// yet (`ec2`, `lambda`): read from the index only on this error path.
    public func isOtherAWSCommand(_ command: String) -> Bool {
        guard let url = Bundle.module.url(forResource: "Models/index", withExtension: "json"),
              let data = try? Data(contentsOf: url), let index = try? JSONParser.parse(data) else { return false }
        return (index["otherCommands"]?.arrayValue ?? []).contains { $0.stringValue == command }
    }

    /// The model of a service by its CLI name, or nil when the lab has none.
    public func model(_ cliName: String) -> ServiceModel? {
        if let m = cache.withLock({ $0[cliName] }) { return m }
        guard names.contains(cliName),
              let url = Bundle.module.url(forResource: "Models/\(cliName)", withExtension: "json"),
              let data = try? Data(contentsOf: url),
              let json = try? JSONParser.parse(data)
        else { return nil }
        let model = ServiceModel(json: json)
        cache.withLock { $0[cliName] = model }
        return model
    }
}
