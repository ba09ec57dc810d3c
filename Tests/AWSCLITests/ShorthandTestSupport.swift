import Foundation
import Testing
import AWSCLI
import JSONValue

/// Helpers shared by the shorthand tests: the AWS CLI's own cases in `../shared`, and
/// short ways to parse and to catch a parse error.
enum ShorthandTestSupport {
    // MARK: - The shared AWS CLI test data

    /// `<package root>/../shared/aws-cli-shorthand`, found from this file's path.
    static let sharedFolder: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()   // AWSCLITests
        .deletingLastPathComponent()   // Tests
        .deletingLastPathComponent()   // package root
        .deletingLastPathComponent()
        .appendingPathComponent("shared/aws-cli-shorthand")

    static var sharedDataAvailable: Bool {
        FileManager.default.fileExists(atPath: sharedFolder.appendingPathComponent("cases.json").path)
    }

    /// On CI the data must be there: the suite runs anyway and fails when it is not.
    static var runsOnCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    static var shouldRunSuite: Bool { sharedDataAvailable || runsOnCI }

    static let skipNote: Comment = "../shared/aws-cli-shorthand is absent: the AWS CLI shorthand suite is skipped"

    /// One of the suite's JSON files, as a list of cases.
    static func loadCases(_ name: String) throws -> [Value] {
        let data = try Data(contentsOf: sharedFolder.appendingPathComponent(name))
        let document = try JSONParser.parse(data)
        return try #require(document.arrayValue, "\(name) is not a JSON list")
    }

    /// The suite writes bytes as `{"$bytes": "<latin-1 text>"}`; this turns them into blobs.
    static func decodingBytes(_ value: Value) -> Value {
        switch value {
        case .object(let members):
            if members.count == 1, let text = members["$bytes"]?.stringValue {
                return .blob(latin1(text))
            }
            return .object(members.mapValues(decodingBytes))
        case .array(let items):
            return .array(items.map(decodingBytes))
        default:
            return value
        }
    }

    static func latin1(_ text: String) -> Data {
        Data(text.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) })
    }

    // MARK: - Param files

    /// What a loader throws for a file that is not there (the CLI's `ResourceLoadingError`).
    struct MissingParamFile: Error, Equatable {
        var reference: String
    }

    /// A loader over in-memory files: `file://` gives text, `fileb://` gives bytes.
    static func loader(files: [String: Value]) -> (String) throws -> Value {
        { reference in
            let isBinary = reference.hasPrefix("fileb://")
            let path = String(reference.dropFirst(isBinary ? 8 : 7))
            guard let contents = files[path] else { throw MissingParamFile(reference: reference) }
            let bytes: Data
            if let text = contents.stringValue {
                bytes = Data(text.utf8)
            } else if let text = contents["$bytes"]?.stringValue {
                bytes = latin1(text)
            } else {
                throw MissingParamFile(reference: reference)
            }
            return isBinary ? .blob(bytes) : .string(String(decoding: bytes, as: UTF8.self))
        }
    }

    // MARK: - Parsing

    /// The error parsing `input` throws, or nil (recorded as an issue) when it parses.
    static func parseError(
        _ input: String, sourceLocation: SourceLocation = #_sourceLocation
    ) -> ShorthandParseError? {
        do {
            let value = try ShorthandParser().parse(input)
            Issue.record("\(input.debugDescription) parsed to \(value), expected an error", sourceLocation: sourceLocation)
        } catch let error as ShorthandParseError {
            return error
        } catch {
            Issue.record("\(input.debugDescription) threw \(error)", sourceLocation: sourceLocation)
        }
        return nil
    }
}
