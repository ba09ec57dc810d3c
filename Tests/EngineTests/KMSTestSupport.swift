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
        try ModelShapes.kms.validate(output, operation: operation)
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
