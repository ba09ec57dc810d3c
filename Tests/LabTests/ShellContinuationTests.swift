import Testing
@testable import Lab

@Suite struct ShellContinuationTests {
    @Test(arguments: [
        "aws sqs send-message \\",
        "echo 'unclosed",
        "echo \"unclosed",
        "echo \"a\nb",
        "Q=$(aws sqs create-queue",
        "echo ${A",
        "echo a |",
        "echo a |\n",
        "echo \"$(echo 'x\")",
    ])
    func incompleteTextAsksForMore(text: String) {
        #expect(Shell.isIncomplete(text))
    }

    @Test(arguments: [
        "aws sqs list-queues",
        "echo 'a\nb'",
        "echo a \\\n  b",
        "echo \\\\",
        "echo a # it's a comment",
        "echo a && echo b",
        "",
        "echo )",
    ])
    func completeTextRuns(text: String) {
        #expect(!Shell.isIncomplete(text))
    }

    @Test func aContinuedLineRunsAsOne() {
        let lab = ShellFixture()
        #expect(lab.run("aws args a \\\n  b \\\n  c").stdout == "<a><b><c>\n")
        #expect(lab.run("echo 'two\nlines'").stdout == "two\nlines\n")
    }
}
