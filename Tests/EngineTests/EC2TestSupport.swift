import Foundation
import Testing
@testable import Engine

/// A fresh cloud with short-hands for EC2. Every successful output is checked against the
/// operation's output shape in the CLI's model (`Sources/AWSCLI/Models/ec2.json`).
struct EC2Harness {
    let cloud = Cloud(seed: 7)
    let region = "us-east-1"

    @discardableResult
    func call(_ operation: String, _ input: Value = .emptyObject, region: String? = nil,
              sourceLocation: SourceLocation = #_sourceLocation) throws -> Value {
        let output = try cloud.call("ec2", operation, input, region: region ?? self.region)
        EC2Model.shared.check(output, operation: operation, sourceLocation: sourceLocation)
        return output
    }

    /// The AWS error an operation throws (or a failed expectation and nil).
    func error(_ operation: String, _ input: Value = .emptyObject, region: String? = nil,
               sourceLocation: SourceLocation = #_sourceLocation) -> AWSError? {
        do {
            _ = try cloud.call("ec2", operation, input, region: region ?? self.region)
            Issue.record("\(operation) succeeded", sourceLocation: sourceLocation)
        } catch let error as AWSError {
            return error
        } catch {
            Issue.record("\(error)", sourceLocation: sourceLocation)
        }
        return nil
    }

    /// Creates a key pair and returns CreateKeyPair's output.
    @discardableResult
    func createKeyPair(_ name: String, type: String? = nil, tags: [(String, String)] = []) throws -> Value {
        var input: Value = ["KeyName": .string(name)]
        if let type { input["KeyType"] = .string(type) }
        if !tags.isEmpty {
            input["TagSpecifications"] = [["ResourceType": "key-pair", "Tags": Self.tags(tags)]]
        }
        return try call("CreateKeyPair", input)
    }

    func keyPairs(_ input: Value = .emptyObject, region: String? = nil) throws -> [Value] {
        try call("DescribeKeyPairs", input, region: region)["KeyPairs"]?.arrayValue ?? []
    }

    static func tags(_ pairs: [(String, String)]) -> Value {
        .array(pairs.map { ["Key": .string($0.0), "Value": .string($0.1)] })
    }

    static func filter(_ name: String, _ values: String...) -> Value {
        ["Name": .string(name), "Values": .array(values.map { .string($0) })]
    }
}

/// EC2's output shapes from the CLI's model: member names, types and enum values.
final class EC2Model: Sendable {
    static let shared = EC2Model()

    private let model: Value?

    private init() {
        let url = SQSTestPaths.packageRoot.appendingPathComponent("Sources/AWSCLI/Models/ec2.json")
        model = (try? Data(contentsOf: url)).flatMap { try? JSONParser.parse($0) }
    }

    var isAvailable: Bool { model != nil }

    func check(_ output: Value, operation: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(problems(output, operation: operation).isEmpty, "\(problems(output, operation: operation))",
                sourceLocation: sourceLocation)
    }

    func problems(_ output: Value, operation: String) -> [String] {
        guard let model else { return ["no ec2 model"] }
        guard let shapeName = model["operations"]?[operation]?["output"]?["shape"]?.stringValue else {
            return output == .emptyObject ? [] : ["\(operation) has no output shape"]
        }
        return check(output, shape: shapeName, path: operation)
    }

    private func check(_ value: Value, shape name: String, path: String) -> [String] {
        guard let shape = model?["shapes"]?[name], let type = shape["type"]?.stringValue else {
            return ["\(path): unknown shape \(name)"]
        }
        switch (type, value) {
        case ("structure", .object(let members)):
            let defined = shape["members"]?.objectValue ?? [:]
            return members.flatMap { key, member -> [String] in
                guard let memberShape = defined[key]?["shape"]?.stringValue else { return ["\(path).\(key): not in \(name)"] }
                return check(member, shape: memberShape, path: "\(path).\(key)")
            }
        case ("list", .array(let items)):
            let member = shape["member"]?["shape"]?.stringValue ?? ""
            return items.enumerated().flatMap { check($1, shape: member, path: "\(path)[\($0)]") }
        case ("string", .string(let s)):
            guard let allowed = shape["enum"]?.arrayValue?.compactMap(\.stringValue), !allowed.contains(s) else { return [] }
            return ["\(path): \(s) is not one of \(name)"]
        case ("boolean", .bool), ("integer", .int), ("timestamp", .double), ("timestamp", .int):
            return []
        default:
            return ["\(path): \(type) expected, got \(JSONWriter.compact(value))"]
        }
    }
}

@Suite struct EC2OutputShapeTests {
    @Test func checkerRejectsUnknownMembersAndEnumValues() {
        #expect(EC2Model.shared.isAvailable)
        #expect(!EC2Model.shared.problems(["KeyPairs": [["KeyMaterial": "x"]]], operation: "DescribeKeyPairs").isEmpty)
        #expect(!EC2Model.shared.problems(["KeyPairs": [["KeyType": "dsa"]]], operation: "DescribeKeyPairs").isEmpty)
        #expect(EC2Model.shared.problems(["KeyPairs": [["KeyType": "rsa"]]], operation: "DescribeKeyPairs").isEmpty)
    }
}
