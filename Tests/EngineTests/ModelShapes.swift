import Foundation
import Testing
@testable import Engine

/// The CLI's trimmed service models (`Sources/AWSCLI/Models`), to check what the engines
/// answer: every member must be in the operation's output shape, with a value of the shape's
/// type (and one of its enum values); SQS also checks required members. One checker for every
/// service's tests.
final class ModelShapes: Sendable {
    static let s3 = ModelShapes("s3api")
    static let sqs = ModelShapes("sqs", requiredMembers: true)
    static let sns = ModelShapes("sns")
    static let kms = ModelShapes("kms")
    static let ec2 = ModelShapes("ec2")

    struct Mismatch: Error, CustomStringConvertible {
        var description: String
    }

    private let model: Value?
    private let requiredMembers: Bool

    private init(_ cliName: String, requiredMembers: Bool = false) {
        let url = SQSTestPaths.packageRoot.appendingPathComponent("Sources/AWSCLI/Models/\(cliName).json")
        model = (try? Data(contentsOf: url)).flatMap { try? JSONParser.parse($0) }
        self.requiredMembers = requiredMembers
    }

    var isAvailable: Bool { model != nil }

    /// What is wrong with an operation's output (nothing when the model is not there).
    func problems(_ output: Value, operation: String) -> [String] {
        guard let model else { return [] }
        guard let shapeName = model["operations"]?[operation]?["output"]?["shape"]?.stringValue else {
            return output == .emptyObject ? [] : ["\(operation) has no output shape but returned \(output)"]
        }
        return problems(output, shape: shapeName, path: operation)
    }

    func check(_ output: Value, operation: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let found = problems(output, operation: operation)
        #expect(found.isEmpty, "\(found)", sourceLocation: sourceLocation)
    }

    /// The same as `check`, as an error (for helpers that `try`).
    func validate(_ output: Value, operation: String) throws {
        let found = problems(output, operation: operation)
        if !found.isEmpty { throw Mismatch(description: found.joined(separator: "; ")) }
    }

    private func problems(_ value: Value, shape name: String, path: String) -> [String] {
        guard let shape = model?["shapes"]?[name], let type = shape["type"]?.stringValue else {
            return ["\(path): unknown shape \(name)"]
        }
        switch (type, value) {
        case ("structure", .object(let members)):
            let defined = shape["members"]?.objectValue ?? [:]
            var found: [String] = []
            for (key, member) in members {
                guard let memberShape = defined[key]?["shape"]?.stringValue else {
                    found.append("\(path).\(key): not in \(name)")
                    continue
                }
                found += problems(member, shape: memberShape, path: "\(path).\(key)")
            }
            // AWS's JSON answers leave out empty lists even when the model calls them required
            // (DeleteMessageBatch without failures has no "Failed").
            if requiredMembers {
                for required in shape["required"]?.arrayValue?.compactMap(\.stringValue) ?? []
                where members[required] == nil {
                    let memberShape = defined[required]?["shape"]?.stringValue ?? ""
                    if model?["shapes"]?[memberShape]?["type"]?.stringValue != "list" {
                        found.append("\(path): missing required \(required)")
                    }
                }
            }
            return found
        case ("list", .array(let items)):
            guard let member = shape["member"]?["shape"]?.stringValue else { return ["\(path): list without member"] }
            return items.enumerated().flatMap { problems($1, shape: member, path: "\(path)[\($0)]") }
        case ("map", .object(let entries)):
            guard let valueShape = shape["value"]?["shape"]?.stringValue else { return ["\(path): map without value"] }
            return entries.flatMap { problems($1, shape: valueShape, path: "\(path).\($0)") }
        case ("string", .string(let text)):
            if let allowed = shape["enum"]?.arrayValue, !allowed.contains(.string(text)) {
                return ["\(path): \(text) not in the enum of \(name)"]
            }
            return []
        case ("string", .null):
            return []  // GetBucketLocation's null LocationConstraint
        case ("integer", .int), ("long", .int), ("boolean", .bool), ("timestamp", .double), ("timestamp", .int),
             ("blob", .blob), ("double", .double), ("double", .int), ("float", .double), ("float", .int):
            return []
        default:
            return ["\(path): \(value) is not a \(type) (\(name))"]
        }
    }
}

@Suite struct ModelShapesTests {
    @Test(arguments: [ModelShapes.s3, .sqs, .sns, .kms, .ec2])
    func everyModelIsFound(_ shapes: ModelShapes) {
        #expect(shapes.isAvailable)
    }

    @Test func inventedMembersWrongTypesAndValuesOutsideTheEnumAreFound() {
        #expect(!ModelShapes.s3.problems(["BucketRegion": "us-east-1", "Region": "us-east-1"], operation: "HeadBucket").isEmpty)
        #expect(!ModelShapes.s3.problems(["KeyCount": "3"], operation: "ListObjectsV2").isEmpty)
        #expect(!ModelShapes.kms.problems(["KeyId": "x"], operation: "DescribeKey").isEmpty)
        #expect(!ModelShapes.kms.problems(["KeyMetadata": ["KeyState": "Sleeping"]], operation: "DescribeKey").isEmpty)
        #expect(!ModelShapes.ec2.problems(["KeyPairs": [["KeyMaterial": "x"]]], operation: "DescribeKeyPairs").isEmpty)
        #expect(!ModelShapes.ec2.problems(["KeyPairs": [["KeyType": "dsa"]]], operation: "DescribeKeyPairs").isEmpty)
        #expect(ModelShapes.ec2.problems(["KeyPairs": [["KeyType": "rsa"]]], operation: "DescribeKeyPairs").isEmpty)
        #expect(!ModelShapes.sqs.problems(["QueueUrls": "x"], operation: "ListQueues").isEmpty)
        // A failed batch entry must say who is at fault and the code.
        #expect(!ModelShapes.sqs.problems(["Failed": [["Id": "a"]]], operation: "DeleteMessageBatch").isEmpty)
        #expect(!ModelShapes.sns.problems(["TopicArn": 3], operation: "CreateTopic").isEmpty)
        #expect(!ModelShapes.sns.problems(["Unexpected": "x"], operation: "DeleteTopic").isEmpty)
    }
}
