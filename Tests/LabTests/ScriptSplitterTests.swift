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

    @Test func faultDirectivesAttachToTheNextCommand() {
        let lines = ScriptSplitter.split("echo a\n#@ sleep 2\n#@ fault sqs-duplicate $Q 2\n#@ fault sqs-duplicate q\necho b\necho c")
        #expect(lines.map(\.faultsBefore) == [[], [["sqs-duplicate", "$Q", "2"], ["sqs-duplicate", "q"]], []])
        #expect(lines.map(\.sleepBefore) == [0, 2, 0])
    }

    @Test func directivesAfterTheLastCommandAreLeftPending() {
        var pending = ScriptSplitter.Pending()
        #expect(ScriptSplitter.split("echo a\n#@ fault sqs-duplicate q\n#@ sleep 3", pending: &pending).count == 1)
        #expect(pending == ScriptSplitter.Pending(sleep: 3, faults: [["sqs-duplicate", "q"]]))
        let next = ScriptSplitter.split("echo b", pending: &pending)
        #expect(next == [ScriptLine(line: 1, command: "echo b", sleepBefore: 3, faultsBefore: [["sqs-duplicate", "q"]])])
        #expect(pending == ScriptSplitter.Pending())
    }
}

@Suite struct ScriptSplitterLineEndingTests {
    @Test func windowsLineEndingsSplitToo() {
        let lines = ScriptSplitter.split("echo a\r\necho b\r\n")
        #expect(lines.map(\.command) == ["echo a", "echo b"])
        #expect(lines.map(\.line) == [1, 2])
    }
}
