import Foundation
import Testing
@testable import Engine

/// Checks engine outputs against the S3 model the CLI uses (Sources/AWSCLI/Models/s3api.json):
/// every member must exist in the operation's output shape, with a value of the shape's type.
enum S3OutputShape {
    struct Mismatch: Error, CustomStringConvertible {
        var description: String
    }

    private static let model: Value? = {
        let here = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        let file = here.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/AWSCLI/Models/s3api.json")
        guard let data = try? Data(contentsOf: file) else { return nil }
        return try? JSONParser.parse(data)
    }()

    static var isAvailable: Bool { model != nil }

    static func check(_ operation: String, _ output: Value) throws {
        guard let model else { return }
        guard let shapeName = model["operations"]?[operation]?["output"]?.string("shape") else {
            if output != .emptyObject {
                throw Mismatch(description: "\(operation) has no output shape but returned \(output)")
            }
            return
        }
        try check(output, shapeName: shapeName, path: operation, model: model)
    }

    private static func check(_ value: Value, shapeName: String, path: String, model: Value) throws {
        guard let shape = model["shapes"]?[shapeName], let type = shape.string("type") else {
            throw Mismatch(description: "\(path): unknown shape \(shapeName)")
        }
        func fail(_ what: String) -> Mismatch { Mismatch(description: "\(path): \(what) for \(type) \(shapeName)") }
        switch (type, value) {
        case ("structure", .object(let members)):
            for (name, member) in members {
                guard let memberShape = shape["members"]?[name]?.string("shape") else {
                    throw fail("member \(name) not in the model")
                }
                try check(member, shapeName: memberShape, path: "\(path).\(name)", model: model)
            }
        case ("list", .array(let items)):
            guard let itemShape = shape["member"]?.string("shape") else { throw fail("list without member") }
            for (i, item) in items.enumerated() {
                try check(item, shapeName: itemShape, path: "\(path)[\(i)]", model: model)
            }
        case ("map", .object(let entries)):
            guard let valueShape = shape["value"]?.string("shape") else { throw fail("map without value") }
            for (k, v) in entries { try check(v, shapeName: valueShape, path: "\(path).\(k)", model: model) }
        case ("string", .string(let s)):
            if let allowed = shape["enum"]?.arrayValue, !allowed.contains(.string(s)) {
                throw fail("\(s) not in enum")
            }
        case ("string", .null):
            break  // GetBucketLocation's null LocationConstraint
        case ("integer", .int), ("long", .int), ("boolean", .bool), ("timestamp", .double), ("blob", .blob):
            break
        default:
            throw fail("value \(value)")
        }
    }
}

@Suite struct S3OutputShapeTests {
    @Test func modelIsFound() {
        #expect(S3OutputShape.isAvailable)
    }

    @Test func invented_member_is_rejected() {
        #expect(throws: S3OutputShape.Mismatch.self) {
            try S3OutputShape.check("HeadBucket", ["BucketRegion": "us-east-1", "Region": "us-east-1"])
        }
        #expect(throws: S3OutputShape.Mismatch.self) {
            try S3OutputShape.check("ListObjectsV2", ["KeyCount": "3"])
        }
    }
}
