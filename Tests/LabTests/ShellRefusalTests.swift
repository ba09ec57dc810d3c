import Testing
@testable import Lab

@Suite struct ShellRefusalTests {
    @Test(arguments: [
        ("true && echo x", "lab: '&&' is not available in the lab; run each command on its own line"),
        ("false || echo x", "lab: '||' is not available in the lab; run each command on its own line"),
        ("echo a; echo b", "lab: ';' is not available in the lab; run each command on its own line"),
        ("sleep 5 &", "lab: running a command in the background ('&') is not available in the lab"),
        ("cat <<EOF", "lab: a here-document ('<<') is not available in the lab; write the text to a file with echo first"),
        ("for i in 1 2", "lab: a 'for' loop is not available in the lab; the lab runs simple commands and pipes"),
        ("while true", "lab: a 'while' loop is not available in the lab; the lab runs simple commands and pipes"),
        ("if true", "lab: an 'if' statement is not available in the lab; the lab runs simple commands and pipes"),
        ("echo `date`", "lab: backquote substitution `...` is not available in the lab; use $(...) instead"),
        ("echo $((1+2))", "lab: arithmetic expansion $((...)) is not available in the lab"),
        ("(cd d)", "lab: a subshell '( ... )' is not available in the lab; type the commands on their own lines"),
        ("{ echo; }", "lab: ';' is not available in the lab; run each command on its own line"),
        ("diff <(ls) x", "lab: process substitution '<(...)' is not available in the lab"),
        ("echo ${A/x/y}", "lab: the expansion '${A/...}' is not available in the lab; the lab has ${NAME} and ${NAME:-default}"),
        ("echo hi 3> f", "lab: file descriptor 3 is not available in the lab; the lab has 0, 1 and 2"),
        ("X=$(a && b)", "lab: '&&' is not available in the lab; run each command on its own line"),
    ])
    func syntaxOutsideTheSubsetIsRefused(line: String, message: String) {
        let lab = ShellFixture()
        let result = lab.run(line)
        #expect(result == ShellFixture.Output(stdout: "", stderr: message + "\n", exitCode: 2))
        #expect(lab.shell.lastExitCode == 2)
    }

    @Test(arguments: ["set -e", "source x.sh", "read X", "alias ll=ls", "eval echo", "exit 1", "[ -f x ]"])
    func shellBuiltinsTheLabLacksAreRefused(line: String) {
        let result = ShellFixture().run(line)
        #expect(result.exitCode == 2)
        #expect(result.stderr.hasPrefix("lab: "))
        #expect(result.stderr.hasSuffix(" is not available in the lab\n"))
    }

    @Test func programsFromFilesAreRefused() {
        let result = ShellFixture().run("./setup.sh")
        #expect(result.exitCode == 2)
        #expect(result.stderr == "lab: running programs from files ('./setup.sh') is not available in the lab; type its commands instead\n")
    }

    @Test func unknownCommandsAreNotFound() {
        let result = ShellFixture().run("jq .Queues")
        #expect(result == ShellFixture.Output(stdout: "", stderr: "bash: jq: command not found\n", exitCode: 127))
    }

    @Test func refusedLinesHaveNoEffect() {
        let lab = ShellFixture()
        lab.run("echo a > f.txt; echo b > g.txt")
        #expect(lab.file("f.txt") == nil)
        #expect(lab.file("g.txt") == nil)
    }

    @Test func anUnclosedQuoteGivenToRunIsAnError() {
        let result = ShellFixture().run("echo 'abc")
        #expect(result.exitCode == 2)
        #expect(result.stderr == "bash: unexpected EOF while looking for matching `''\n")
    }

    @Test func emptyAndCommentLinesDoNothing() {
        let lab = ShellFixture()
        lab.run("false")
        #expect(lab.run("   # just a note").exitCode == 0)
        #expect(lab.run("").stdout.isEmpty)
        #expect(lab.shell.lastExitCode == 1)
    }
}
