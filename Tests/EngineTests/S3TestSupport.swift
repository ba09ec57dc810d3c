import Foundation
import Testing
@testable import Engine

/// A fresh cloud with helpers to call S3 and check its errors.
struct S3Fixture {
    let cloud: Cloud

    init(seed: UInt64 = 7) { cloud = Cloud(seed: seed) }

    @discardableResult
    func call(_ operation: String, _ input: Value = .emptyObject, region: String = "us-east-1") throws -> Value {
        let output = try cloud.call("s3", operation, input, region: region)
        try ModelShapes.s3.validate(output, operation: operation)
        return output
    }

    /// Creates a bucket in us-east-1 (or `region`, with its constraint).
    @discardableResult
    func makeBucket(_ name: String, region: String = "us-east-1") throws -> Value {
        var input: Value = ["Bucket": .string(name)]
        if region != "us-east-1" { input["CreateBucketConfiguration"] = ["LocationConstraint": .string(region)] }
        return try call("CreateBucket", input, region: region)
    }

    @discardableResult
    func put(_ bucket: String, _ key: String, _ body: String = "", extra: [(String, Value)] = []) throws -> Value {
        var members: [(String, Value)] = [("Bucket", .string(bucket)), ("Key", .string(key)),
                                          ("Body", .blob(Data(body.utf8)))]
        members += extra
        return try call("PutObject", Value.s3Object(members))
    }

    func body(_ bucket: String, _ key: String, _ extra: [(String, Value)] = []) throws -> String {
        let out = try call("GetObject", Value.s3Object([("Bucket", .string(bucket)), ("Key", .string(key))] + extra))
        return String(decoding: out["Body"]?.blobValue ?? Data(), as: UTF8.self)
    }

    /// The error an S3 call throws, or nil when it succeeds.
    func error(_ operation: String, _ input: Value, region: String = "us-east-1") -> AWSError? {
        do {
            _ = try cloud.call("s3", operation, input, region: region)
            return nil
        } catch let error as AWSError {
            return error
        } catch {
            return nil
        }
    }

    /// Checks that a call fails with `code` and `status` (and `message` when given).
    func expectError(
        _ operation: String, _ input: Value, code: String, status: Int, message: String? = nil,
        region: String = "us-east-1", sourceLocation: SourceLocation = #_sourceLocation
    ) {
        guard let error = error(operation, input, region: region) else {
            Issue.record("\(operation) succeeded; expected \(code)", sourceLocation: sourceLocation)
            return
        }
        #expect(error.code == code, sourceLocation: sourceLocation)
        #expect(error.httpStatus == status, sourceLocation: sourceLocation)
        if let message { #expect(error.message == message, sourceLocation: sourceLocation) }
    }
}

extension Value {
    /// The `Key`s of a listing's `Contents`.
    var listedKeys: [String] { array("Contents").compactMap { $0.string("Key") } }
    /// The `Prefix`es of a listing's `CommonPrefixes`.
    var listedPrefixes: [String] { array("CommonPrefixes").compactMap { $0.string("Prefix") } }
}
