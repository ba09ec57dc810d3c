import AWSCLI
import Foundation
import Testing
@testable import Lab

/// ls, mkdir, rm, touch, cp, mv, chmod, cd and pwd, with GNU's messages.
@Suite struct ShellFileCommandTests {
    @Test func lsListsOneNamePerLineFilesFirst() throws {
        let lab = ShellFixture()
        lab.run("mkdir -p d/e/f")
        try lab.write("hello.txt", "hello world\n")
        try lab.write("d/.hidden", "")
        #expect(lab.run("ls").stdout == "d\nhello.txt\n")
        #expect(lab.run("ls -a").stdout == ".\n..\nd\nhello.txt\n")
        #expect(lab.run("ls -A d").stdout == ".hidden\ne\n")
        #expect(lab.run("ls -R").stdout == ".:\nd\nhello.txt\n\n./d:\ne\n\n./d/e:\nf\n\n./d/e/f:\n")
        #expect(lab.run("ls hello.txt d").stdout == "hello.txt\n\nd:\ne\n")
        #expect(lab.run("ls -d d").stdout == "d\n")
        let missing = lab.run("ls nope hello.txt")
        #expect(missing == ShellFixture.Output(stdout: "hello.txt\n",
                                               stderr: "ls: cannot access 'nope': No such file or directory\n",
                                               exitCode: 2))
        #expect(lab.run("ls -Z").stderr == "ls: option '-Z' is not available in the lab\n")
        #expect(lab.run("ls -y").stderr == "ls: invalid option -- 'y'\nTry 'ls --help' for more information.\n")
    }

    @Test func lsLongFormatShowsModesSizesAndVirtualTimes() throws {
        let lab = ShellFixture()
        lab.run("mkdir sub")
        lab.run("echo hello > sub/a")
        lab.run("touch sub/.hidden")
        lab.clock.now += 3600
        let expected = """
            total 12
            drwxr-xr-x 2 learner learner 4096 Jan  1 00:00 .
            drwxr-xr-x 3 learner learner 4096 Jan  1 00:00 ..
            -rw-r--r-- 1 learner learner    0 Jan  1 00:00 .hidden
            -rw-r--r-- 1 learner learner    6 Jan  1 00:00 a

            """
        #expect(lab.run("ls -la sub").stdout == expected)
        #expect(lab.run("ls -l sub/a").stdout == "-rw-r--r-- 1 learner learner 6 Jan  1 00:00 sub/a\n")
        lab.run("mkdir empty")
        #expect(lab.run("ls -l empty").stdout == "total 0\n")
    }

    @Test func lsLongFormatShowsTheYearForOldOrFutureFiles() throws {
        let lab = ShellFixture()
        try lab.write("old.txt", "")
        try lab.workspace.setModified("old.txt", 1_700_000_000)  // 2023-11-14T22:13:20Z
        #expect(lab.run("ls -l old.txt").stdout == "-rw-r--r-- 1 learner learner 0 Nov 14  2023 old.txt\n")
    }

    @Test func lsSortsByTimeAndReverses() throws {
        let lab = ShellFixture()
        for (offset, name) in ["b", "a", "c"].enumerated() {
            lab.clock.now += Double(offset + 1)
            lab.run("touch \(name)")
        }
        #expect(lab.run("ls -t").stdout == "c\na\nb\n")
        #expect(lab.run("ls -r").stdout == "c\nb\na\n")
        #expect(lab.run("ls *").stdout == "a\nb\nc\n")
    }

    @Test func lsHumanSizes() {
        #expect(LsListing.human(512) == "512")
        #expect(LsListing.human(1024) == "1.0K")
        #expect(LsListing.human(1500) == "1.5K")
        #expect(LsListing.human(10_241) == "11K")
        #expect(LsListing.human(5 << 20) == "5.0M")
    }

    @Test func mkdirCreatesAndReports() {
        let lab = ShellFixture()
        #expect(lab.run("mkdir -p a/b/c").exitCode == 0)
        #expect(lab.run("mkdir -p a/b").exitCode == 0)
        #expect(lab.run("mkdir a").stderr == "mkdir: cannot create directory 'a': File exists\n")
        #expect(lab.run("mkdir x/y").stderr == "mkdir: cannot create directory 'x/y': No such file or directory\n")
        #expect(lab.run("mkdir").stderr == "mkdir: missing operand\nTry 'mkdir --help' for more information.\n")
        #expect(lab.run("mkdir -v n").stdout == "mkdir: created directory 'n'\n")
        #expect(lab.run("mkdir ../out").stderr
            == "mkdir: cannot create directory '../out': the lab keeps your files in your workspace; this path leaves it\n")
    }

    @Test func rmRemovesFilesAndTreesWithGNUMessages() throws {
        let lab = ShellFixture()
        try lab.write("f.txt", "")
        lab.run("mkdir -p d/e")
        try lab.write("d/e/x", "")
        #expect(lab.run("rm f.txt").exitCode == 0)
        #expect(lab.run("rm f.txt") == ShellFixture.Output(
            stdout: "", stderr: "rm: cannot remove 'f.txt': No such file or directory\n", exitCode: 1))
        #expect(lab.run("rm -f f.txt").exitCode == 0)
        #expect(lab.run("rm d").stderr == "rm: cannot remove 'd': Is a directory\n")
        #expect(lab.run("rm -rf d").exitCode == 0)
        #expect(lab.file("d/e/x") == nil)
        #expect(lab.run("rm").stderr == "rm: missing operand\nTry 'rm --help' for more information.\n")
        #expect(lab.run("rm -r .").stderr == "rm: refusing to remove '.' or '..' directory: skipping '.'\n")
        #expect(lab.run("rm -i x").stderr == "rm: option '-i' is not available in the lab\n")
    }

    @Test func touchCreatesOrStampsWithTheVirtualClock() throws {
        let lab = ShellFixture()
        lab.run("touch t.txt")
        #expect(lab.file("t.txt") == "")
        lab.clock.now += 120
        lab.run("touch t.txt")
        #expect(try lab.workspace.info("t.txt")?.modified == lab.clock.now)
        #expect(lab.run("touch no/t").stderr == "touch: cannot touch 'no/t': No such file or directory\n")
        #expect(lab.run("touch -c ghost").exitCode == 0)
        #expect(lab.file("ghost") == nil)
    }

    @Test func cpCopiesFilesAndTrees() throws {
        let lab = ShellFixture()
        try lab.write("f.txt", "data")
        lab.run("mkdir sub")
        #expect(lab.run("cp f.txt sub").exitCode == 0)
        #expect(lab.file("sub/f.txt") == "data")
        #expect(lab.run("cp f.txt copy.txt").exitCode == 0)
        #expect(lab.file("copy.txt") == "data")
        #expect(lab.run("cp sub other").stderr == "cp: -r not specified; omitting directory 'sub'\n")
        #expect(lab.run("cp -r sub other").exitCode == 0)
        #expect(lab.file("other/f.txt") == "data")
        #expect(lab.run("cp nope x").stderr == "cp: cannot stat 'nope': No such file or directory\n")
        #expect(lab.run("cp f.txt f.txt").stderr == "cp: 'f.txt' and 'f.txt' are the same file\n")
        #expect(lab.run("cp f.txt copy.txt nodir").stderr == "cp: target 'nodir' is not a directory\n")
        #expect(lab.run("cp f.txt").stderr
            == "cp: missing destination file operand after 'f.txt'\nTry 'cp --help' for more information.\n")
        #expect(lab.run("cp -r sub sub/inner").stderr == "cp: cannot copy a directory, 'sub', into itself, 'sub/inner'\n")
    }

    @Test func mvRenamesAndMovesKeepingTimes() throws {
        let lab = ShellFixture()
        try lab.write("f.txt", "data")
        lab.run("mkdir sub")
        lab.clock.now += 50
        #expect(lab.run("mv f.txt sub/").exitCode == 0)
        #expect(lab.file("sub/f.txt") == "data")
        #expect(try lab.workspace.info("sub/f.txt")?.modified == lab.clock.now - 50)
        #expect(lab.run("mv sub/f.txt g.txt").exitCode == 0)
        #expect(lab.file("g.txt") == "data")
        #expect(lab.run("mv nope x").stderr == "mv: cannot stat 'nope': No such file or directory\n")
        #expect(lab.run("mv g.txt g.txt").stderr == "mv: 'g.txt' and 'g.txt' are the same file\n")
        #expect(lab.run("mv sub sub/in").stderr == "mv: cannot move 'sub' to a subdirectory of itself, 'sub/in'\n")
    }

    @Test func chmodStoresModesAndTheWorkspaceEnforcesThem() throws {
        let lab = ShellFixture()
        try lab.write("key.pem", "-----BEGIN RSA PRIVATE KEY-----\n")
        #expect(lab.run("chmod 400 key.pem").exitCode == 0)
        #expect(try lab.workspace.mode("key.pem") == 0o400)
        #expect(lab.run("ls -l key.pem").stdout.hasPrefix("-r-------- 1 learner learner 32 "))
        #expect(lab.run("head -1 key.pem").stdout == "-----BEGIN RSA PRIVATE KEY-----\n")
        #expect(lab.run("echo x > key.pem").stderr == "bash: key.pem: Permission denied\n")
        #expect(lab.run("chmod u+w key.pem").exitCode == 0)
        #expect(try lab.workspace.mode("key.pem") == 0o600)
        #expect(lab.run("chmod 000 key.pem").exitCode == 0)
        #expect(lab.run("cat key.pem").stderr == "cat: key.pem: Permission denied\n")
    }

    @Test(arguments: [
        ("755", 0o644, false, 0o755), ("a-x", 0o755, false, 0o644), ("+x", 0o644, false, 0o755),
        ("-x", 0o755, false, 0o644), ("+w", 0o444, false, 0o644), ("g+w,o=r", 0o644, false, 0o664),
        ("u=rw,go=", 0o777, false, 0o600), ("4755", 0o644, false, 0o4755), ("a+X", 0o644, true, 0o755),
        ("a+X", 0o644, false, 0o644), ("o+t", 0o777, true, 0o1777),
    ] as [(String, UInt16, Bool, UInt16)])
    func chmodModes(mode: String, from: UInt16, isDirectory: Bool, to: UInt16) throws {
        let change = try #require(FileModeChange(mode))
        #expect(change.applied(to: from, isDirectory: isDirectory) == to)
    }

    @Test func chmodUsageErrors() throws {
        let lab = ShellFixture()
        try lab.write("f", "")
        #expect(lab.run("chmod xyz f").stderr == "chmod: invalid mode: 'xyz'\nTry 'chmod --help' for more information.\n")
        #expect(lab.run("chmod 400").stderr == "chmod: missing operand after '400'\nTry 'chmod --help' for more information.\n")
        #expect(lab.run("chmod 640 nope").stderr == "chmod: cannot access 'nope': No such file or directory\n")
        #expect(lab.run("chmod -w f").exitCode == 0)
        #expect(try lab.workspace.mode("f") == 0o444)
    }

    @Test func cdAndPwdStayInsideTheWorkspace() {
        let lab = ShellFixture()
        #expect(lab.run("pwd").stdout == "/workspace\n")
        lab.run("mkdir -p a/b")
        #expect(lab.run("cd a/b").exitCode == 0)
        #expect(lab.run("pwd").stdout == "/workspace/a/b\n")
        #expect(lab.shell.variables["PWD"] == "/workspace/a/b")
        #expect(lab.run("cd ..").exitCode == 0)
        #expect(lab.run("pwd").stdout == "/workspace/a\n")
        #expect(lab.run("cd -").stdout == "/workspace/a/b\n")
        #expect(lab.run("cd").exitCode == 0)
        #expect(lab.run("pwd").stdout == "/workspace\n")
        #expect(lab.run("cd /workspace/a").exitCode == 0)
        #expect(lab.run("cd ../..") == ShellFixture.Output(
            stdout: "", stderr: "bash: cd: ../..: the lab keeps your files in your workspace; this path leaves it\n",
            exitCode: 1))
        #expect(lab.run("cd /tmp").stderr == "bash: cd: /tmp: the lab keeps your files in your workspace; this path leaves it\n")
        #expect(lab.run("cd nope").stderr == "bash: cd: nope: No such file or directory\n")
        #expect(lab.run("cd a b").stderr == "bash: cd: too many arguments\n")
        #expect(lab.run("pwd").stdout == "/workspace/a\n")
    }

    @Test func relativePathsFollowTheCurrentDirectory() throws {
        let lab = ShellFixture()
        lab.run("mkdir d")
        lab.run("cd d")
        lab.run("echo in > f.txt")
        #expect(lab.file("/workspace/d/f.txt") == "in\n")
        #expect(lab.run("cat ../d/f.txt").stdout == "in\n")
        #expect(lab.run("ls").stdout == "f.txt\n")
    }
}
