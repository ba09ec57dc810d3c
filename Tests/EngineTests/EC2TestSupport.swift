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
        ModelShapes.ec2.check(output, operation: operation, sourceLocation: sourceLocation)
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
