import Foundation
import Testing
@testable import Engine

/// A fresh cloud with short-hands for calling KMS. Every successful output is checked
/// against the operation's output shape in the KMS model the CLI uses.
struct KMSFixture {
    let cloud: Cloud
    let region: String

    init(seed: UInt64 = 3, region: String = "us-east-1") {
        cloud = Cloud(seed: seed)
        self.region = region
    }

    var kms: KMSService { cloud.service(KMSService.self) }

    @discardableResult
    func call(_ operation: String, _ input: Value = .emptyObject, region: String? = nil) throws -> Value {
        let output = try cloud.call("kms", operation, input, region: region ?? self.region)
        try KMSOutputShape.check(operation, output)
        return output
    }

    /// Creates a key (symmetric unless told) and returns its id.
    func createKey(_ extra: Value = [:], region: String? = nil) throws -> String {
        try call("CreateKey", extra, region: region)["KeyMetadata"]?.string("KeyId") ?? ""
    }

    func metadata(_ keyId: String) throws -> Value {
        try call("DescribeKey", ["KeyId": .string(keyId)])["KeyMetadata"] ?? .null
    }

    func encrypt(_ keyId: String, _ text: String, context: Value? = nil) throws -> Data {
        var input: Value = ["KeyId": .string(keyId), "Plaintext": .blob(Data(text.utf8))]
        if let context { input["EncryptionContext"] = context }
        return try call("Encrypt", input)["CiphertextBlob"]?.blobValue ?? Data()
    }

    func decrypt(_ blob: Data, context: Value? = nil, keyId: String? = nil) throws -> String {
        var input: Value = ["CiphertextBlob": .blob(blob)]
        if let context { input["EncryptionContext"] = context }
        if let keyId { input["KeyId"] = .string(keyId) }
        return String(decoding: try call("Decrypt", input)["Plaintext"]?.blobValue ?? Data(), as: UTF8.self)
    }

    func arn(_ keyId: String) -> String { "arn:aws:kms:\(region):123456789012:key/\(keyId)" }

    func advanceDays(_ days: Double) { cloud.advance(by: days * 86_400) }
}

/// Checks outputs against Sources/AWSCLI/Models/kms.json: every member must exist in the
/// operation's output shape with a value of the member's type.
enum KMSOutputShape {
    struct Mismatch: Error, CustomStringConvertible { var description: String }

    private static let model: Value? = {
        let file = SQSTestPaths.packageRoot.appendingPathComponent("Sources/AWSCLI/Models/kms.json")
        guard let data = try? Data(contentsOf: file) else { return nil }
        return try? JSONParser.parse(data)
    }()

    static var isAvailable: Bool { model != nil }

    static func check(_ operation: String, _ output: Value) throws {
        guard let model else { throw Mismatch(description: "kms.json not found") }
        guard let shapeName = model["operations"]?[operation]?["output"]?.string("shape") else {
            if output != .emptyObject { throw Mismatch(description: "\(operation) returned \(output)") }
            return
        }
        try check(output, shapeName, operation, model)
    }

    private static func check(_ value: Value, _ shapeName: String, _ path: String, _ model: Value) throws {
        guard let shape = model["shapes"]?[shapeName], let type = shape.string("type") else {
            throw Mismatch(description: "\(path): unknown shape \(shapeName)")
        }
        let fail = Mismatch(description: "\(path): \(value) is not a \(type) \(shapeName)")
        switch (type, value) {
        case ("structure", .object(let members)):
            for (name, member) in members {
                guard let memberShape = shape["members"]?[name]?.string("shape") else {
                    throw Mismatch(description: "\(path).\(name) is not in the model")
                }
                try check(member, memberShape, "\(path).\(name)", model)
            }
        case ("list", .array(let items)):
            let itemShape = shape["member"]?.string("shape") ?? ""
            for item in items { try check(item, itemShape, path + "[]", model) }
        case ("string", .string(let s)):
            if let allowed = shape["enum"]?.arrayValue, !allowed.contains(.string(s)) { throw fail }
        case ("integer", .int), ("boolean", .bool), ("timestamp", .double), ("blob", .blob):
            break
        default:
            throw fail
        }
    }
}

@Suite struct KMSOutputShapeTests {
    @Test func modelIsFoundAndInventedMembersFail() {
        #expect(KMSOutputShape.isAvailable)
        #expect(throws: KMSOutputShape.Mismatch.self) { try KMSOutputShape.check("DescribeKey", ["KeyId": "x"]) }
        #expect(throws: KMSOutputShape.Mismatch.self) {
            try KMSOutputShape.check("DescribeKey", ["KeyMetadata": ["KeyState": "Sleeping"]])
        }
    }
}
