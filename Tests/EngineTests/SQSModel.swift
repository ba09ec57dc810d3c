import Foundation
import Testing
@testable import Engine

/// The SQS service model the CLI uses (`Sources/AWSCLI/Models/sqs.json`), to check that every
/// output names only members of the operation's output shape, with the right types, and holds
/// every required member.
final class SQSModel: Sendable {
    static let shared = SQSModel()

    private let model: Value?

    private init() {
        let url = SQSTestPaths.packageRoot.appendingPathComponent("Sources/AWSCLI/Models/sqs.json")
        model = (try? Data(contentsOf: url)).flatMap { try? JSONParser.parse($0) }
    }

    var isAvailable: Bool { model != nil }

    func check(_ output: Value, operation: String, sourceLocation: SourceLocation = #_sourceLocation) {
        guard let model else { return }
        guard let shapeName = model["operations"]?[operation]?["output"]?["shape"]?.stringValue else {
            #expect(output == .emptyObject, "\(operation) has no output shape", sourceLocation: sourceLocation)
            return
        }
        let problems = check(output, shape: shapeName, path: operation)
        #expect(problems.isEmpty, "\(problems)", sourceLocation: sourceLocation)
    }

    private func check(_ value: Value, shape name: String, path: String) -> [String] {
        guard let shape = model?["shapes"]?[name], let type = shape["type"]?.stringValue else {
            return ["\(path): unknown shape \(name)"]
        }
        switch type {
        case "structure":
            guard case .object(let members) = value else { return ["\(path): not an object"] }
            var problems: [String] = []
            let defined = shape["members"]?.objectValue ?? [:]
            for (key, member) in members {
                guard let memberShape = defined[key]?["shape"]?.stringValue else {
                    problems.append("\(path).\(key): not in \(name)")
                    continue
                }
                problems += check(member, shape: memberShape, path: "\(path).\(key)")
            }
            // AWS's JSON answers leave out empty lists even when the model calls them required
            // (DeleteMessageBatch without failures has no "Failed").
            for required in shape["required"]?.arrayValue?.compactMap(\.stringValue) ?? [] where members[required] == nil {
                let memberShape = defined[required]?["shape"]?.stringValue ?? ""
                if model?["shapes"]?[memberShape]?["type"]?.stringValue != "list" {
                    problems.append("\(path): missing required \(required)")
                }
            }
            return problems
        case "list":
            guard case .array(let items) = value, let member = shape["member"]?["shape"]?.stringValue else {
                return ["\(path): not a list"]
            }
            return items.enumerated().flatMap { check($1, shape: member, path: "\(path)[\($0)]") }
        case "map":
            guard case .object(let members) = value, let valueShape = shape["value"]?["shape"]?.stringValue else {
                return ["\(path): not a map"]
            }
            return members.flatMap { check($1, shape: valueShape, path: "\(path).\($0)") }
        case "string":
            guard case .string = value else { return ["\(path): not a string"] }
            return []
        case "integer", "long":
            guard case .int = value else { return ["\(path): not an integer"] }
            return []
        case "boolean":
            guard case .bool = value else { return ["\(path): not a boolean"] }
            return []
        case "blob":
            guard case .blob = value else { return ["\(path): not a blob"] }
            return []
        default:
            return []
        }
    }
}
