import Foundation
import Testing
import AWSCLI
import JSONValue

/// The AWS CLI's own shorthand tests (tests/unit/test_shorthand.py, as JSON data in
/// ../shared/aws-cli-shorthand): every case must pass.
@Suite(.enabled(if: ShorthandTestSupport.shouldRunSuite, ShorthandTestSupport.skipNote))
struct ShorthandSuiteTests {
    @Test("cases.json: all 87 inputs parse to the expected values, key order included")
    func parsingCases() throws {
        let cases = try ShorthandTestSupport.loadCases("cases.json")
        #expect(cases.count == 87)
        var passed = 0
        for entry in cases {
            let input = try #require(entry["input"]?.stringValue)
            let expected = try #require(entry["expected"])
            let actual = try ShorthandParser().parse(input)
            #expect(actual == expected, "input: \(input.debugDescription)")
            if actual == expected { passed += 1 }
        }
        #expect(passed == 87)
    }

    @Test("errors.json: all 16 inputs fail; the located ones with the CLI's exact message")
    func errorCases() throws {
        let cases = try ShorthandTestSupport.loadCases("errors.json")
        #expect(cases.count == 16)
        var failed = 0
        var located = 0
        for entry in cases {
            let input = try #require(entry["input"]?.stringValue)
            let clock = ContinuousClock()
            let start = clock.now
            guard let error = ShorthandTestSupport.parseError(input) else { continue }
            failed += 1
            if let limit = entry["time_limit_seconds"]?.intValue {
                #expect(clock.now - start < .seconds(limit), "input: \(input.debugDescription)")
            }
            if let message = entry["expected_message"]?.stringValue {
                located += 1
                #expect(error.message == message)
                #expect(error.description == message)
                let location = try #require(entry["location"])
                #expect(error.position == location["index"]?.intValue)
                switch location["kind"]?.stringValue {
                case "syntax":
                    let expected = try #require(location["expected"]?.stringValue)
                    let received = try #require(location["received"]?.stringValue)
                    #expect(error.kind == .syntax(expected: expected, received: received))
                case "duplicate_key":
                    #expect(error.kind == .duplicateKey(try #require(location["key"]?.stringValue)))
                default:
                    Issue.record("unknown location kind in \(location)")
                }
            }
        }
        #expect(failed == 16)
        #expect(located == 3)
    }

    @Test("paramfile_cases.json: all 6 @= cases, file:// as text, fileb:// as bytes, a missing file fails")
    func paramFileCases() throws {
        let cases = try ShorthandTestSupport.loadCases("paramfile_cases.json")
        #expect(cases.count == 6)
        var passed = 0
        for entry in cases {
            let input = try #require(entry["input"]?.stringValue)
            let files = entry["files"]?.objectValue.map { Dictionary(uniqueKeysWithValues: $0.map { ($0.key, $0.value) }) } ?? [:]
            let parser = ShorthandParser(paramFileLoader: ShorthandTestSupport.loader(files: files))
            if let expected = entry["expected"] {
                let actual = try parser.parse(input)
                #expect(actual == ShorthandTestSupport.decodingBytes(expected), "input: \(input.debugDescription)")
                if actual == ShorthandTestSupport.decodingBytes(expected) { passed += 1 }
            } else {
                #expect(entry["error"]?.stringValue == "ResourceLoadingError")
                #expect(throws: ShorthandTestSupport.MissingParamFile.self, "input: \(input.debugDescription)") {
                    try parser.parse(input)
                }
                passed += 1
            }
        }
        #expect(passed == 6)
    }
}
