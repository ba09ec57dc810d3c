import Testing
@testable import Lab

@Suite("Submission parser")
struct GradeSubmissionParserTests {
    @Test func directivesAndCommandsKeepTheirLines() {
        let text = "# a transcript\r\n#@lab lesson s3-basics\r\n#@lab step make-bucket\r\naws s3 mb \\\r\n  s3://b\r\n#@lab hint make-bucket\r\n#@lab answer quiz a  c\r\n"
        let events = SubmissionParser.parse(text)
        #expect(events == [
            .lesson(id: "s3-basics", line: 2),
            .step(id: "make-bucket", line: 3),
            .command(ScriptLine(line: 4, command: "aws s3 mb   s3://b")),
            .hint(step: "make-bucket", line: 6),
            .answer(step: "quiz", text: "a c", line: 7),
        ])
    }

    @Test func aMarkerInsideAnOpenQuoteIsPartOfTheCommand() {
        let events = SubmissionParser.parse("echo 'first\n#@lab step x\nlast'\necho next\n")
        #expect(events == [
            .command(ScriptLine(line: 1, command: "echo 'first\n#@lab step x\nlast'")),
            .command(ScriptLine(line: 4, command: "echo next")),
        ])
    }

    @Test func aFaultBeforeAStepMarkerBelongsToTheNextCommand() {
        let events = SubmissionParser.parse("echo a\n#@ fault sqs-duplicate $Q 1\n#@lab step next\necho b\n")
        #expect(events == [
            .command(ScriptLine(line: 1, command: "echo a")),
            .step(id: "next", line: 3),
            .command(ScriptLine(line: 4, command: "echo b", faultsBefore: [["sqs-duplicate", "$Q", "1"]])),
        ])
    }

    @Test func labVerbsAndUnknownDirectivesAreIgnoredWithANote() {
        let events = SubmissionParser.parse("  /next\n#@lab complete step-1\necho ok\n")
        guard events.count == 3, case .ignored(1, let verb) = events[0], case .ignored(2, let directive) = events[1] else {
            Issue.record("unexpected events \(events)")
            return
        }
        #expect(verb.hasPrefix("`/next` is a lab verb"))
        #expect(directive.contains("not a directive the grader knows"))
        #expect(events[2] == .command(ScriptLine(line: 3, command: "echo ok")))
    }
}
