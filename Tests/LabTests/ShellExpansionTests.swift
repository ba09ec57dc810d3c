import Testing
@testable import Lab

@Suite struct ShellExpansionTests {
    @Test func variablesExpandAndAssignmentsPersist() {
        let lab = ShellFixture()
        #expect(lab.run("NAME=world").exitCode == 0)
        #expect(lab.run("echo hello $NAME ${NAME}s \"$NAME\"").stdout == "hello world worlds world\n")
    }

    @Test func unquotedExpansionsSplitOnBlanksQuotedOnesDoNot() {
        let lab = ShellFixture()
        lab.run("X='  a   b  '")
        #expect(lab.run("aws args $X").stdout == "<a><b>\n")
        #expect(lab.run("aws args \"$X\"").stdout == "<  a   b  >\n")
        #expect(lab.run("aws args x${X}y").stdout == "<x><a><b><y>\n")
    }

    @Test func emptyUnquotedExpansionsVanishEmptyQuotedOnesStay() {
        let lab = ShellFixture()
        #expect(lab.run("aws args $NOPE a").stdout == "<a>\n")
        #expect(lab.run("aws args \"$NOPE\" a").stdout == "<><a>\n")
        #expect(lab.run("aws args '' a").stdout == "<><a>\n")
    }

    @Test func defaultsApplyWhenUnsetOrEmpty() {
        let lab = ShellFixture()
        lab.run("EMPTY=")
        #expect(lab.run("echo ${NOPE:-one} ${EMPTY:-two} ${EMPTY-three}x ${NOPE-four}").stdout == "one two x four\n")
        #expect(lab.run("echo \"${NOPE:-a  b}\"").stdout == "a  b\n")
    }

    @Test func lastStatusIsTheExitCodeOfThePreviousLine() {
        let lab = ShellFixture()
        lab.run("false")
        #expect(lab.run("echo $?").stdout == "1\n")
        #expect(lab.run("echo $?").stdout == "0\n")
        lab.run("nosuchcommand")
        #expect(lab.run("echo $?").stdout == "127\n")
    }

    @Test func commandSubstitutionStripsTrailingNewlinesAndNests() {
        let lab = ShellFixture()
        lab.run("Q=$(aws sqs create-queue --queue-name orders --query QueueUrl --output text)")
        #expect(lab.shell.variables["Q"] == "https://sqs.us-east-1.amazonaws.com/123456789012/orders")
        #expect(lab.run("echo \"[$(echo \"$(echo inner)\")]\"").stdout == "[inner]\n")
        #expect(lab.run("echo \"$(printf 'a\\n\\n\\n')\"").stdout == "a\n")
    }

    @Test func substitutionOutputSplitsUnlessQuoted() {
        let lab = ShellFixture()
        #expect(lab.run("aws args $(echo '  one   two ')").stdout == "<one><two>\n")
        #expect(lab.run("aws args \"$(echo ' one  two')\"").stdout == "< one  two>\n")
    }

    @Test func assignmentStatusIsTheSubstitutionsStatus() {
        let lab = ShellFixture()
        let failed = lab.run("R=$(aws broken)")
        #expect(failed.exitCode == 254)
        #expect(failed.stderr == "An error occurred (InvalidAction) when calling the broken operation: nope\n")
        #expect(lab.shell.variables["R"] == "")
        #expect(lab.run("R=$(true)").exitCode == 0)
    }

    @Test func substitutionsRunInASubshell() {
        let lab = ShellFixture()
        lab.run("mkdir d")
        lab.run("Y=$(cd d)")
        #expect(lab.run("pwd").stdout == "/workspace\n")
        lab.run("Z=$(W=1)")
        #expect(lab.shell.variables["W"] == nil)
    }

    @Test func prefixAssignmentsOnlyLastForTheCommand() {
        let lab = ShellFixture()
        lab.run("A=outer")
        #expect(lab.run("A=inner env").stdout.contains("A=inner\n"))
        #expect(lab.shell.variables["A"] == "outer")
    }

    @Test func appendAssignmentAndValuesAreNotSplit() {
        let lab = ShellFixture()
        lab.run("A=x")
        lab.run("A+=\" y\"")
        lab.run("B=$A")
        #expect(lab.shell.variables["B"] == "x y")
    }

    @Test func exportTakesAssignmentsWithoutSplitting() {
        let lab = ShellFixture()
        #expect(lab.run("export REGION=\"us west\" OTHER=$(echo a b)").exitCode == 0)
        #expect(lab.shell.variables["REGION"] == "us west")
        #expect(lab.shell.variables["OTHER"] == "a b")
    }

    @Test func globsMatchWorkspaceFilesSorted() throws {
        let lab = ShellFixture()
        for name in ["b.txt", "a.txt", "c.log", ".hidden.txt"] { try lab.write(name, "") }
        lab.run("mkdir d")
        try lab.write("d/x.txt", "")
        #expect(lab.run("echo *.txt").stdout == "a.txt b.txt\n")
        #expect(lab.run("echo ?.log [ab].txt").stdout == "c.log a.txt b.txt\n")
        #expect(lab.run("echo d/*").stdout == "d/x.txt\n")
        #expect(lab.run("echo .*.txt").stdout == ".hidden.txt\n")
        #expect(lab.run("echo */").stdout == "d/\n")
    }

    @Test func globsThatMatchNothingOrAreQuotedStayLiteral() throws {
        let lab = ShellFixture()
        try lab.write("a.txt", "")
        #expect(lab.run("echo *.none '*.txt' \"*.txt\" \\*.txt").stdout == "*.none *.txt *.txt *.txt\n")
        lab.run("P='*.txt'")
        #expect(lab.run("echo $P \"$P\"").stdout == "a.txt *.txt\n")
        #expect(lab.run("aws args --query 'items[0].id'").stdout == "<--query><items[0].id>\n")
    }

    @Test func globMatcherHandlesClassesRangesAndNegation() {
        func match(_ pattern: String, _ name: String) -> Bool { ShellGlob.matches(Array(pattern), Array(name)) }
        #expect(match("*.t?t", "notes.txt"))
        #expect(match("[!a]*", "b1"))
        #expect(!match("[!a]*", "a1"))
        #expect(match("[[:digit:]]x", "7x"))
        #expect(match("[a-c]", "b"))
        #expect(!match("[a-c]", "d"))
        #expect(match("a\\*", "a*"))
        #expect(!match("a\\*", "ab"))
        #expect(match("[", "["))
        #expect(match("**a", "bba"))
    }

    @Test func tildeIsHomeOrTheWorkspaceRoot() {
        let lab = ShellFixture()
        lab.run("mkdir d")
        lab.run("cd d")
        #expect(lab.run("echo ~ ~/x '~' a~").stdout == "/workspace /workspace/x ~ a~\n")
        lab.run("cd ~")
        #expect(lab.run("pwd").stdout == "/workspace\n")
        lab.run("HOME=/home/learner")
        #expect(lab.run("cat ~/.aws/config").stderr
            == "cat: /home/learner/.aws/config: the lab keeps your files in your workspace; this path leaves it\n")
    }

    @Test func specialParameters() {
        let lab = ShellFixture()
        #expect(lab.run("echo $0 $# x$@y $1z").stdout == "bash 0 xy z\n")
    }
}
