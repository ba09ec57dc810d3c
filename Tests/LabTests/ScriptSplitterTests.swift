import Testing
@testable import Lab

@Suite struct ScriptSplitterTests {
    @Test func skipsBlankLinesAndComments() {
        let lines = ScriptSplitter.split("# comment\n\naws sts get-caller-identity\n  # another\necho hi\n")
        #expect(lines == [ScriptLine(line: 3, command: "aws sts get-caller-identity"), ScriptLine(line: 5, command: "echo hi")])
    }

    @Test func joinsBackslashContinuations() {
        let lines = ScriptSplitter.split("aws sqs send-message \\\n  --queue-url u \\\n  --message-body b\necho x")
        #expect(lines.count == 2)
        #expect(lines[0].line == 1)
        #expect(lines[0].command == "aws sqs send-message   --queue-url u   --message-body b")
        #expect(lines[1].line == 4)
    }

    @Test func openQuotesContinue() {
        let lines = ScriptSplitter.split("echo 'a\nb'\necho c")
        #expect(lines.map(\.command) == ["echo 'a\nb'", "echo c"])
    }

    @Test func sleepDirectivesBecomeVirtualPauses() {
        let lines = ScriptSplitter.split("echo a\n#@ sleep 31\n#@ note x\necho b")
        #expect(lines.map(\.sleepBefore) == [0, 31])
    }
}

@Suite struct ScriptSplitterLineEndingTests {
    @Test func windowsLineEndingsSplitToo() {
        let lines = ScriptSplitter.split("echo a\r\necho b\r\n")
        #expect(lines.map(\.command) == ["echo a", "echo b"])
        #expect(lines.map(\.line) == [1, 2])
    }
}
