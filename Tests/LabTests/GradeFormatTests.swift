import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import JSONValue
import Testing
@testable import Lab

@Suite("Grade formats")
struct GradeFormatTests {
    private func report() throws -> GradeReport {
        let grader = try GradingFixtures.grader()
        return grader.report([
            grader.grade(text: GradingFixtures.solution, name: "alice.sh"),
            grader.grade(text: "aws s3 mb s3://other-bucket\n#@lab answer bucket-quiz b\n", name: "bob <&> \"b\".sh"),
            grader.grade(data: Data([0]), name: "carol.bin"),
        ])
    }

    @Test func textShowsEachStepWithPointsAndFeedback() throws {
        let text = GradeFormat.text.render(try report())
        #expect(text.contains("alice.sh: 40/40 (lesson grading-demo, 2 commands)"))
        #expect(text.contains("  PASS make-bucket  10/10"))
        #expect(text.contains("  FAIL make-bucket  0/10: There is no bucket named demo-bucket yet."))
        #expect(text.contains("carol.bin: ERROR carol.bin is not a text file"))
        #expect(text.hasSuffix("3 submissions, 2 graded, 1 could not be read; average 20.0/40, 1 with full marks\n"))
    }

    @Test func jsonParsesBackWithEveryStep() throws {
        let value = try JSONParser.parse(GradeFormat.json.render(try report()))
        let submissions = value["submissions"]?.arrayValue ?? []
        #expect(submissions.count == 3)
        #expect(submissions.first?["score"] == .int(40))
        #expect(submissions.first?["steps"]?.arrayValue?.count == 3)
        #expect(submissions.last?["error"]?.stringValue?.contains("not a text file") == true)
    }

    @Test func gradescopeHasItsFieldList() throws {
        let grader = try GradingFixtures.grader()
        let single = grader.report([grader.grade(text: "aws s3 mb s3://demo-bucket\n", name: "s")])
        let value = try JSONParser.parse(GradeFormat.gradescope.render(single, executionTime: 1.7))
        let keys = value.objectValue.map { Array($0.keys) } ?? []
        #expect(keys == ["score", "execution_time", "output", "tests"])
        #expect(value["score"] == .int(10))
        #expect(value["execution_time"] == .int(1))
        let tests = value["tests"]?.arrayValue ?? []
        #expect(tests.count == 3)
        for test in tests {
            let fields = test.objectValue.map { Set($0.keys) } ?? []
            #expect(fields == ["name", "score", "max_score", "status", "output", "visibility"])
            #expect(["passed", "failed"].contains(test["status"]?.stringValue ?? ""))
            #expect(["visible", "hidden", "after_due_date", "after_published"].contains(test["visibility"]?.stringValue ?? ""))
        }
        #expect(tests.first?["status"] == .string("passed"))
        #expect(tests.last?["output"]?.stringValue?.contains("No answer recorded") == true)
    }

    @Test func junitParsesBackWithOneTestcasePerStep() throws {
        let xml = GradeFormat.junit.render(try report())
        let collector = JUnitCollector()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = collector
        #expect(parser.parse(), "JUnit XML does not parse: \(String(describing: parser.parserError))")
        #expect(collector.suites == ["alice.sh", "bob <&> \"b\".sh", "carol.bin"])
        #expect(collector.testcases == 3 + 3 + 1)
        #expect(collector.failureMessages.contains("There is no bucket named demo-bucket yet."))
        #expect(collector.failureMessages.count == 3)
        #expect(collector.errors == 1)
    }

    @Test func tapPlanMatchesItsTestPoints() throws {
        let tap = GradeFormat.tap.render(try report())
        let lines = tap.split(separator: "\n").map(String.init)
        #expect(lines.first == "TAP version 13")
        #expect(lines.dropFirst().first == "1..7")
        let points = lines.filter { $0.hasPrefix("ok ") || $0.hasPrefix("not ok ") }
        #expect(points.count == 7)
        #expect(points.filter { $0.hasPrefix("ok ") }.count == 3)
        for (index, point) in points.enumerated() {
            #expect(point.split(separator: " ").first { Int($0) != nil } == Substring(String(index + 1)))
        }
    }

    @Test func csvHasARowPerSubmissionAndAColumnPerStep() throws {
        let csv = GradeFormat.csv.render(try report())
        let rows = csv.split(separator: "\n").map(String.init)
        #expect(rows.first == "submission,score,max,error,make-bucket,list-object,bucket-quiz")
        #expect(rows[1] == "alice.sh,40,40,,10,20,10")
        #expect(rows[2] == "\"bob <&> \"\"b\"\".sh\",0,40,,0,0,0")
        #expect(rows.count == 4)
    }
}

/// Collects what the JUnit tests look at.
private final class JUnitCollector: NSObject, XMLParserDelegate {
    var suites: [String] = []
    var testcases = 0
    var failureMessages: [String] = []
    var errors = 0

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        switch elementName {
        case "testsuite": suites.append(attributeDict["name"] ?? "")
        case "testcase": testcases += 1
        case "failure": failureMessages.append(attributeDict["message"] ?? "")
        case "error": errors += 1
        default: break
        }
    }
}
