import AWSCLI
import Foundation
import Testing
@testable import Lab

/// The same behaviour table, run against the disk and the in-memory workspace.
@Suite struct WorkspaceBehaviourTests {
    @Test(arguments: WorkspaceKind.allCases)
    func writesReadsAndAppends(kind: WorkspaceKind) throws {
        let subject = try WorkspaceUnderTest(kind)
        defer { subject.cleanUp() }
        let fs = subject.workspace
        try fs.write("a.txt", Data("one\n".utf8))
        try fs.write("a.txt", Data("two\n".utf8), append: true)
        #expect(try fs.read("a.txt") == Data("one\ntwo\n".utf8))
        let info = try #require(try fs.info("a.txt"))
        #expect(info.size == 8)
        #expect(!info.isDirectory)
        #expect(abs(info.modified - subject.clock.now) < 0.001)
        #expect(try fs.info("nope") == nil)
    }

    @Test(arguments: WorkspaceKind.allCases)
    func modificationTimesFollowTheInjectedClock(kind: WorkspaceKind) throws {
        let subject = try WorkspaceUnderTest(kind)
        defer { subject.cleanUp() }
        let fs = subject.workspace
        subject.clock.now = 1_800_000_000
        try fs.makeDirectory("d", parents: false)
        try fs.write("d/f", Data())
        #expect(try fs.info("d/f")?.modified == 1_800_000_000)
        #expect(try fs.info("d")?.modified == 1_800_000_000)
        subject.clock.now += 75
        try fs.write("d/f", Data("x".utf8), append: true)
        #expect(try fs.info("d/f")?.modified == 1_800_000_075)
        try fs.setModified("d/f", 1_700_000_000)
        #expect(try fs.info("d/f")?.modified == 1_700_000_000)
    }

    @Test(arguments: WorkspaceKind.allCases)
    func listsSortedByBytes(kind: WorkspaceKind) throws {
        let subject = try WorkspaceUnderTest(kind)
        defer { subject.cleanUp() }
        let fs = subject.workspace
        for name in ["b", "B", "a", ".dot", "_u", "10", "9"] { try fs.write(name, Data()) }
        try fs.makeDirectory("dir", parents: false)
        #expect(try fs.list(".") == [".dot", "10", "9", "B", "_u", "a", "b", "dir"])
        #expect(try fs.list("dir").isEmpty)
        #expect(subject.failure { _ = try fs.list("b") } == .notDirectory)
        #expect(subject.failure { _ = try fs.list("none") } == .notFound)
    }

    @Test(arguments: WorkspaceKind.allCases)
    func refusesPathsThatLeaveTheWorkspace(kind: WorkspaceKind) throws {
        let subject = try WorkspaceUnderTest(kind)
        defer { subject.cleanUp() }
        let fs = subject.workspace
        try fs.makeDirectory("d", parents: false)
        for path in ["..", "../x", "d/../../x", "/etc/passwd", "/", "/tmp"] {
            #expect(subject.failure { _ = try fs.read(path) } == .outsideWorkspace, "read \(path)")
            #expect(subject.failure { try fs.write(path, Data()) } == .outsideWorkspace, "write \(path)")
            #expect(subject.failure { _ = try fs.normalize(path) } == .outsideWorkspace, "normalize \(path)")
        }
        do {
            _ = try fs.read("../secret")
            Issue.record("read outside the workspace")
        } catch let error as LocalFileError {
            #expect(error.message == "../secret: the lab keeps your files in your workspace; this path leaves it")
        }
    }

    @Test(arguments: WorkspaceKind.allCases)
    func acceptsAbsolutePathsUnderTheRoot(kind: WorkspaceKind) throws {
        let subject = try WorkspaceUnderTest(kind)
        defer { subject.cleanUp() }
        let fs = subject.workspace
        try fs.write(fs.rootPath + "/abs.txt", Data("x".utf8))
        #expect(try fs.read("abs.txt") == Data("x".utf8))
        #expect(try fs.normalize(fs.rootPath + "/d/../abs.txt") == "abs.txt")
        #expect(try fs.normalize(fs.rootPath) == "")
        #expect(subject.failure { _ = try fs.read(fs.rootPath + "-other/x") } == .outsideWorkspace)
    }

    @Test(arguments: WorkspaceKind.allCases)
    func servesDevNullAndDevZero(kind: WorkspaceKind) throws {
        let subject = try WorkspaceUnderTest(kind)
        defer { subject.cleanUp() }
        let fs = subject.workspace
        #expect(try fs.read("/dev/null").isEmpty)
        try fs.write("/dev/null", Data("gone".utf8))
        try fs.write("/dev/zero", Data("gone".utf8))
        #expect(try fs.info("/dev/null")?.isDirectory == false)
        #expect(subject.failure { _ = try fs.read("/dev/zero") } == .other)
        #expect(try fs.read("/dev/zero", limit: 5) == Data(count: 5))
        #expect(try fs.normalize("/dev/null") == "/dev/null")
        #expect(subject.failure { _ = try fs.read("/dev/random") } == .outsideWorkspace)
    }

    @Test(arguments: WorkspaceKind.allCases)
    func reportsTheRightErrorKinds(kind: WorkspaceKind) throws {
        let subject = try WorkspaceUnderTest(kind)
        defer { subject.cleanUp() }
        let fs = subject.workspace
        try fs.write("f", Data())
        try fs.makeDirectory("d", parents: false)
        #expect(subject.failure { _ = try fs.read("missing") } == .notFound)
        #expect(subject.failure { _ = try fs.read("d") } == .isDirectory)
        #expect(subject.failure { _ = try fs.read("f/x") } == .notDirectory)
        #expect(subject.failure { _ = try fs.read("f/") } == .notDirectory)
        #expect(subject.failure { try fs.write("d", Data()) } == .isDirectory)
        #expect(subject.failure { try fs.write("nodir/x", Data()) } == .notFound)
        #expect(subject.failure { try fs.write("f/x", Data()) } == .notDirectory)
        #expect(subject.failure { try fs.makeDirectory("d", parents: false) } == .exists)
        #expect(subject.failure { try fs.makeDirectory("f", parents: false) } == .exists)
        #expect(subject.failure { try fs.makeDirectory("f/sub", parents: true) } == .notDirectory)
        #expect(subject.failure { try fs.makeDirectory("f", parents: true) } == .exists)
        #expect(subject.failure { try fs.write("f/", Data()) } == .notDirectory)
        #expect(subject.failure { try fs.makeDirectory("x/y", parents: false) } == .notFound)
        #expect(subject.failure { try fs.changeDirectory("f") } == .notDirectory)
        #expect(subject.failure { try fs.changeDirectory("none") } == .notFound)
        #expect(subject.failure { try fs.remove("missing", recursive: false) } == .notFound)
        #expect(subject.failure { try fs.remove("d", recursive: false) } == .isDirectory)
        #expect(subject.failure { try fs.remove(".", recursive: true) } == .other)
        #expect(subject.failure { try fs.setModified("missing", 0) } == .notFound)
    }

    @Test(arguments: WorkspaceKind.allCases)
    func makesDirectoriesWithParentsAndRemovesTrees(kind: WorkspaceKind) throws {
        let subject = try WorkspaceUnderTest(kind)
        defer { subject.cleanUp() }
        let fs = subject.workspace
        try fs.makeDirectory("a/b/c", parents: true)
        try fs.makeDirectory("a/b", parents: true)
        #expect(fs.isDirectory("a/b/c"))
        try fs.write("a/b/c/f", Data("x".utf8))
        try fs.remove("a/b/c/f", recursive: false)
        #expect(!fs.exists("a/b/c/f"))
        try fs.write("a/b/c/f", Data("x".utf8))
        try fs.remove("a", recursive: true)
        #expect(!fs.exists("a"))
        #expect(try fs.list(".").isEmpty)
    }

    @Test(arguments: WorkspaceKind.allCases)
    func changesDirectoryAndResolvesRelativePaths(kind: WorkspaceKind) throws {
        let subject = try WorkspaceUnderTest(kind)
        defer { subject.cleanUp() }
        let fs = subject.workspace
        try fs.makeDirectory("a/b", parents: true)
        try fs.changeDirectory("a/b")
        #expect(fs.currentDirectory == "a/b")
        try fs.write("f.txt", Data("in b".utf8))
        #expect(try fs.normalize("f.txt") == "a/b/f.txt")
        #expect(try fs.normalize("../../x") == "x")
        #expect(subject.failure { _ = try fs.normalize("../../../x") } == .outsideWorkspace)
        try fs.changeDirectory("..")
        #expect(fs.currentDirectory == "a")
        #expect(try fs.read("b/f.txt") == Data("in b".utf8))
        try fs.changeDirectory(fs.rootPath)
        #expect(fs.currentDirectory == "")
    }

    @Test(arguments: WorkspaceKind.allCases)
    func movesFilesAndDirectories(kind: WorkspaceKind) throws {
        let subject = try WorkspaceUnderTest(kind)
        defer { subject.cleanUp() }
        let fs = subject.workspace
        try fs.write("f", Data("x".utf8))
        try fs.setModified("f", 1_000)
        try fs.makeDirectory("d/e", parents: true)
        try fs.move("f", to: "d/g")
        #expect(!fs.exists("f"))
        #expect(try fs.read("d/g") == Data("x".utf8))
        #expect(try fs.info("d/g")?.modified == 1_000)
        try fs.write("other", Data("o".utf8))
        try fs.move("other", to: "d/g")
        #expect(try fs.read("d/g") == Data("o".utf8))
        try fs.move("d", to: "renamed")
        #expect(fs.isDirectory("renamed/e"))
        #expect(subject.failure { try fs.move("renamed", to: "renamed/e/inside") } == .other)
        #expect(subject.failure { try fs.move("renamed/g", to: "renamed/e") } == .isDirectory)
        #expect(subject.failure { try fs.move("missing", to: "x") } == .notFound)
        #expect(subject.failure { try fs.move("renamed/g", to: "../out") } == .outsideWorkspace)
    }

    @Test(arguments: WorkspaceKind.allCases)
    func keepsModesAndEnforcesOwnerReadAndWrite(kind: WorkspaceKind) throws {
        let subject = try WorkspaceUnderTest(kind)
        defer { subject.cleanUp() }
        let fs = subject.workspace
        try fs.write("key.pem", Data("k".utf8))
        try fs.makeDirectory("d", parents: false)
        #expect(try fs.mode("key.pem") == 0o644)
        #expect(try fs.mode("d") == 0o755)
        try fs.setMode("key.pem", 0o400)
        #expect(try fs.mode("key.pem") == 0o400)
        #expect(try fs.read("key.pem") == Data("k".utf8))
        #expect(subject.failure { try fs.write("key.pem", Data()) } == .other)
        try fs.setMode("key.pem", 0o200)
        #expect(subject.failure { _ = try fs.read("key.pem") } == .other)
        try fs.setMode("key.pem", 0o600)
        try fs.write("key.pem", Data("new".utf8))
        #expect(subject.failure { try fs.setMode("missing", 0o600) } == .notFound)
    }
}
