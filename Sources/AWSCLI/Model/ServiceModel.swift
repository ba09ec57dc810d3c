import Foundation
import JSONValue

/// A trimmed botocore service model: the operations the lab simulates and their shapes.
public final class ServiceModel: Sendable {
    /// The service's name on the command line (`sqs`, `s3api`).
    public let cliName: String
    /// The service's name in the engine (botocore's: `sqs`, `s3`).
    public let engineName: String
    public let serviceId: String
    public let serviceFullName: String
    public let apiVersion: String
    public let `protocol`: String
    public let operations: [String: Operation]
    public let shapes: [String: Shape]
    /// Operations by their CLI names (`send-message`).
    public let operationsByCLIName: [String: Operation]
    /// The CLI names of the service's other operations: real commands the lab does not
    /// simulate yet.
    public let otherOperationNames: Set<String>

    public init(json: Value) {
        let meta = json["metadata"] ?? .null
        cliName = meta.string("cliName") ?? ""
        engineName = meta.string("botocoreService") ?? cliName
        serviceId = meta.string("serviceId") ?? cliName
        serviceFullName = meta.string("serviceFullName") ?? serviceId
        apiVersion = meta.string("apiVersion") ?? ""
        `protocol` = meta.string("protocol") ?? "json"
        var ops: [String: Operation] = [:]
        var byCLI: [String: Operation] = [:]
        for (name, v) in json["operations"]?.objectValue ?? [:] {
            let op = Operation(name: name, v)
            ops[name] = op
            byCLI[op.cliName] = op
        }
        operations = ops
        operationsByCLIName = byCLI
        otherOperationNames = Set((json["otherOperations"]?.arrayValue ?? []).compactMap(\.stringValue))
        var shapes: [String: Shape] = [:]
        for (name, v) in json["shapes"]?.objectValue ?? [:] { shapes[name] = Shape(name: name, v) }
        self.shapes = shapes
    }

    public func shape(_ name: String) -> Shape? { shapes[name] }

    /// CLI operation names, sorted.
    public var cliOperationNames: [String] { operationsByCLIName.keys.sorted() }
}
