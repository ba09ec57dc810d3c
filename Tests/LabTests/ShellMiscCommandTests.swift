import Testing
@testable import Lab

/// date, sleep, export, unset, env, which, true and false.
@Suite struct ShellMiscCommandTests {
    @Test func dateReadsTheVirtualClockInUTC() {
        let lab = ShellFixture()
        #expect(lab.run("date").stdout == "Thu Jan  1 00:00:00 UTC 2026\n")
        #expect(lab.run("date +%s").stdout == "1767225600\n")
        #expect(lab.run("date -u +%Y-%m-%dT%H:%M:%SZ").stdout == "2026-01-01T00:00:00Z\n")
        #expect(lab.run("date -d @0").stdout == "Thu Jan  1 00:00:00 UTC 1970\n")
        #expect(lab.run("date -I -d @1700000000").stdout == "2023-11-14\n")
        #expect(lab.run("date --iso-8601=seconds -d @1700000000").stdout == "2023-11-14T22:13:20+00:00\n")
        #expect(lab.run("date -R -d @1700000000").stdout == "Tue, 14 Nov 2023 22:13:20 +0000\n")
        #expect(lab.run("date -d tomorrow").exitCode == 1)
    }

    @Test func dateFormatsLikeGNU() {
        let lab = ShellFixture()
        let format = "'+%a %A %b %B %d %e %H %I %M %S %p %y %Y %m %u %w %U %W %V %G %C %Z %z %:z %s %F %T %D %R %r %k %l|'"
        #expect(lab.run("date -d @1700000000 \(format)").stdout
            == "Tue Tuesday Nov November 14 14 22 10 13 20 PM 23 2023 11 2 2 46 46 46 2023 20 UTC +0000 +00:00 "
            + "1700000000 2023-11-14 22:13:20 11/14/23 22:13 10:13:20 PM 22 10|\n")
        #expect(lab.run("date -d @1700000000 +%-d/%-m/%_H").stdout == "14/11/22\n")
        #expect(lab.run("date -d @1735689600 +%V-%G-%U-%W").stdout == "01-2025-00-00\n")
        #expect(lab.run("date -d @86399 +%j").stdout == "001\n")
    }

    @Test func sleepMovesOnlyVirtualTime() {
        let lab = ShellFixture()
        let start = lab.clock.now
        #expect(lab.run("sleep 30").exitCode == 0)
        #expect(lab.clock.now == start + 30)
        lab.run("sleep 0.5 1m")
        #expect(lab.clock.now == start + 90.5)
        #expect(lab.run("sleep").stderr == "sleep: missing operand\nTry 'sleep --help' for more information.\n")
        #expect(lab.run("sleep soon").stderr == "sleep: invalid time interval 'soon'\nTry 'sleep --help' for more information.\n")
        #expect(lab.clock.now == start + 90.5)
    }

    @Test func exportUnsetAndEnv() {
        let lab = ShellFixture(environment: ["AWS_DEFAULT_REGION": "us-east-1"])
        lab.run("export AWS_PAGER=")
        #expect(lab.shell.variables["AWS_PAGER"] == "")
        #expect(lab.run("export 1X=2") == ShellFixture.Output(
            stdout: "", stderr: "bash: export: `1X=2': not a valid identifier\n", exitCode: 1))
        #expect(lab.run("export").stdout.contains("declare -x AWS_DEFAULT_REGION=\"us-east-1\"\n"))
        lab.run("unset AWS_DEFAULT_REGION")
        #expect(lab.shell.variables["AWS_DEFAULT_REGION"] == nil)
        #expect(lab.run("env").stdout == "AWS_PAGER=\nPWD=/workspace\n")
        #expect(lab.run("env A=1 aws args x").stdout == "<x>\n")
        #expect(lab.run("env nope").exitCode == 127)
    }

    @Test func whichFindsRegisteredCommands() {
        let lab = ShellFixture()
        #expect(lab.run("which aws").stdout == "/usr/local/bin/aws\n")
        #expect(lab.run("which ls").stdout == "/usr/bin/ls\n")
        #expect(lab.run("which jq") == ShellFixture.Output(stdout: "", stderr: "", exitCode: 1))
    }

    @Test func trueAndFalse() {
        let lab = ShellFixture()
        #expect(lab.run("true").exitCode == 0)
        #expect(lab.run("false").exitCode == 1)
    }

    @Test func commandNamesListTheBuiltinsAndRegisteredCommands() {
        let names = ShellFixture().shell.commandNames
        for name in ["aws", "base64", "cat", "cd", "echo", "grep", "ls", "sleep", "tr", "wc"] {
            #expect(names.contains(name))
        }
        #expect(names == names.sorted())
    }
}
