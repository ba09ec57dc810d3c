import Testing
@testable import Lab

@Suite struct ShellParserTests {
    @Test func pipelinesSplitOnBarsAndLinesOnNewlines() throws {
        let script = try ShellParser.parse("a | b | c\nd")
        #expect(script.pipelines.map(\.commands.count) == [3, 1])
    }

    @Test func aPipeContinuesOnTheNextLine() throws {
        let script = try ShellParser.parse("a |\n b")
        #expect(script.pipelines.count == 1)
        #expect(script.pipelines.first?.commands.count == 2)
    }

    @Test func prefixAssignmentsAreSeparatedFromWords() throws {
        let script = try ShellParser.parse("A=1 B+=2 cmd C=3")
        let command = try #require(script.pipelines.first?.commands.first)
        #expect(command.assignments.map(\.name) == ["A", "B"])
        #expect(command.assignments.map(\.append) == [false, true])
        #expect(command.words.map(\.text) == ["cmd", "C=3"])
    }

    @Test func quotedEqualsIsNotAnAssignment() throws {
        let command = try #require(try ShellParser.parse("'A'=1").pipelines.first?.commands.first)
        #expect(command.assignments.isEmpty)
        #expect(command.words.count == 1)
    }

    @Test func redirectionsKeepTheirOrderAndTargets() throws {
        let command = try #require(try ShellParser.parse("cmd > out 2>&1 < in").pipelines.first?.commands.first)
        #expect(command.words.map(\.text) == ["cmd"])
        #expect(command.redirections.map { $0.target?.text } == ["out", nil, "in"])
    }

    @Test func malformedLinesSayWhichToken() {
        let cases: [(String, String)] = [
            ("echo >", "bash: syntax error near unexpected token `newline'"),
            ("| cat", "bash: syntax error near unexpected token `|'"),
            ("echo > | cat", "bash: syntax error near unexpected token `|'"),
            ("echo )", "bash: syntax error near unexpected token `)'"),
        ]
        for (line, message) in cases {
            do {
                _ = try ShellParser.parse(line)
                Issue.record("\(line) parsed")
            } catch let error as ShellSyntaxError {
                #expect(error.message == message)
            } catch {
                Issue.record("unexpected \(error)")
            }
        }
    }

    @Test func nameValidation() {
        #expect(ShellParser.isName("_a1"))
        #expect(!ShellParser.isName("1a"))
        #expect(!ShellParser.isName("a-b"))
        #expect(!ShellParser.isName(""))
    }
}
