import AWSCLI
import Foundation
import Testing
@testable import Lab

@Suite struct ShellRedirectionTests {
    @Test func outputTruncatesAndAppendAppends() {
        let lab = ShellFixture()
        lab.run("echo one > f.txt")
        lab.run("echo two >> f.txt")
        #expect(lab.file("f.txt") == "one\ntwo\n")
        lab.run("echo three > f.txt")
        #expect(lab.file("f.txt") == "three\n")
    }

    @Test func inputComesFromAFile() throws {
        let lab = ShellFixture()
        try lab.write("in.txt", "a\nb\n")
        #expect(lab.run("wc -l < in.txt").stdout == "2\n")
        #expect(lab.run("aws stdin-size < in.txt").stdout == "4\n")
    }

    @Test func standardErrorCanBeRedirectedOrJoined() {
        let lab = ShellFixture()
        let silent = lab.run("cat nope 2> err.txt")
        #expect(silent.stderr.isEmpty)
        #expect(silent.exitCode == 1)
        #expect(lab.file("err.txt") == "cat: nope: No such file or directory\n")
        #expect(lab.run("cat nope 2>&1 | tr a-z A-Z").stdout == "CAT: NOPE: NO SUCH FILE OR DIRECTORY\n")
        lab.run("cat nope > both.txt 2>&1")
        #expect(lab.file("both.txt") == "cat: nope: No such file or directory\n")
        let order = lab.run("cat nope 2>&1 > out.txt")
        #expect(order.stdout == "cat: nope: No such file or directory\n")
        #expect(lab.file("out.txt") == "")
        #expect(lab.run("echo oops >&2").stderr == "oops\n")
        lab.run("cat nope &> all.txt")
        #expect(lab.file("all.txt") == "cat: nope: No such file or directory\n")
    }

    @Test func devNullSwallowsAndReadsEmpty() {
        let lab = ShellFixture()
        #expect(lab.run("cat nope 2>/dev/null").stderr.isEmpty)
        #expect(lab.run("echo x > /dev/null").stdout.isEmpty)
        #expect(lab.run("cat /dev/null").stdout.isEmpty)
        #expect(lab.run("echo x > /dev/stderr").stderr == "x\n")
    }

    @Test func theTargetIsCreatedEvenWhenTheCommandFails() {
        let lab = ShellFixture()
        let result = lab.run("cat nope > made.txt")
        #expect(result.exitCode == 1)
        #expect(lab.file("made.txt") == "")
    }

    @Test func redirectionFailuresStopTheCommand() {
        let lab = ShellFixture()
        lab.run("mkdir d")
        let cases: [(String, String)] = [
            ("echo hi > nodir/x", "bash: nodir/x: No such file or directory\n"),
            ("echo hi > d", "bash: d: Is a directory\n"),
            ("cat < missing", "bash: missing: No such file or directory\n"),
            ("echo hi > /etc/passwd", "bash: /etc/passwd: the lab keeps your files in your workspace; this path leaves it\n"),
            ("echo hi > ../up.txt", "bash: ../up.txt: the lab keeps your files in your workspace; this path leaves it\n"),
            ("echo hi > $NOPE", "bash: $NOPE: ambiguous redirect\n"),
        ]
        for (line, message) in cases {
            let result = lab.run(line)
            #expect(result == ShellFixture.Output(stdout: "", stderr: message, exitCode: 1), "\(line)")
        }
    }

    @Test func pipesPassOutputAlong() {
        let lab = ShellFixture()
        #expect(lab.run("echo hello | tr a-z A-Z | wc -c").stdout == "6\n")
        #expect(lab.run("echo a | false | echo b").stdout == "b\n")
        #expect(lab.run("echo a | false").exitCode == 1)
    }

    @Test func anExternalCommandPipesIntoBase64() {
        let lab = ShellFixture()
        let result = lab.run("aws kms decrypt --ciphertext-blob fileb://c --query Plaintext --output text | base64 --decode")
        #expect(result.stdout == "the secret\n")
        #expect(lab.awsCalls.last == ["kms", "decrypt", "--ciphertext-blob", "fileb://c", "--query", "Plaintext",
                                      "--output", "text"])
        lab.run("aws kms decrypt | base64 -d > plain.txt")
        #expect(lab.file("plain.txt") == "the secret\n")
    }

    @Test func pipelineCommandsRunInSubshells() {
        let lab = ShellFixture()
        lab.run("mkdir d")
        lab.run("cd d | true")
        lab.run("X=1 | true")
        #expect(lab.run("pwd").stdout == "/workspace\n")
        #expect(lab.shell.variables["X"] == nil)
    }

    @Test func filesWrittenByTheShellTakeTheVirtualTime() throws {
        let lab = ShellFixture()
        lab.clock.now = 1_800_000_000
        lab.run("echo x > t.txt")
        #expect(try lab.workspace.info("t.txt")?.modified == 1_800_000_000)
        lab.run("sleep 90")
        lab.run("echo y >> t.txt")
        #expect(try lab.workspace.info("t.txt")?.modified == 1_800_000_090)
    }

    @Test func severalLinesRunInOrder() {
        let lab = ShellFixture()
        let result = lab.run("echo a\necho b\nfalse")
        #expect(result.stdout == "a\nb\n")
        #expect(result.exitCode == 1)
    }
}
