import AWSCLI
import Foundation
import Testing
@testable import Lab

/// What only a real folder can show: symbolic links that point out, real file times.
@Suite struct WorkspaceDiskTests {
    private func withFolder(_ body: (URL, DiskWorkspace, ShellTestClock) throws -> Void) throws {
        let subject = try WorkspaceUnderTest(.disk)
        defer { subject.cleanUp() }
        let folder = try #require(subject.folder)
        let workspace = try #require(subject.workspace as? DiskWorkspace)
        try body(folder, workspace, subject.clock)
    }

    @Test func symbolicLinksPointingOutAreRefused() throws {
        try withFolder { folder, workspace, _ in
            let outside = WorkspaceUnderTest.temporaryFolder()
            try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: outside) }
            try Data("secret".utf8).write(to: outside.appendingPathComponent("s.txt"))
            let fm = FileManager.default
            try fm.createSymbolicLink(atPath: folder.appendingPathComponent("out").path, withDestinationPath: outside.path)
            try fm.createSymbolicLink(atPath: folder.appendingPathComponent("file-out").path,
                                      withDestinationPath: outside.appendingPathComponent("s.txt").path)
            try fm.createSymbolicLink(atPath: folder.appendingPathComponent("dangling").path,
                                      withDestinationPath: outside.appendingPathComponent("new.txt").path)
            for attempt in [
                { _ = try workspace.read("out/s.txt") },
                { _ = try workspace.read("file-out") },
                { _ = try workspace.list("out") },
                { try workspace.write("out/new.txt", Data()) },
                { try workspace.write("dangling", Data("x".utf8)) },
                { try workspace.changeDirectory("out") },
                { _ = try workspace.info("out/s.txt") },
            ] as [() throws -> Void] {
                do {
                    try attempt()
                    Issue.record("a path through a link pointing out was allowed")
                } catch let error as LocalFileError {
                    #expect(error.kind == .outsideWorkspace)
                }
            }
            #expect(!fm.fileExists(atPath: outside.appendingPathComponent("new.txt").path))
        }
    }

    @Test func symbolicLinksInsideAreFollowed() throws {
        try withFolder { folder, workspace, _ in
            try workspace.makeDirectory("real", parents: false)
            try workspace.write("real/f", Data("ok".utf8))
            try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("alias").path,
                                                       withDestinationPath: "real")
            #expect(try workspace.read("alias/f") == Data("ok".utf8))
        }
    }

    @Test func realFileTimesAreSetFromTheClock() throws {
        try withFolder { folder, workspace, clock in
            clock.now = 1_700_000_123
            try workspace.write("t.txt", Data("x".utf8))
            let attributes = try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent("t.txt").path)
            let date = try #require(attributes[.modificationDate] as? Date)
            #expect(abs(date.timeIntervalSince1970 - 1_700_000_123) < 0.001)
            let folderDate = try #require(
                try FileManager.default.attributesOfItem(atPath: folder.path)[.modificationDate] as? Date)
            #expect(abs(folderDate.timeIntervalSince1970 - 1_700_000_123) < 0.001)
        }
    }

    @Test func modesAreRealPermissions() throws {
        try withFolder { folder, workspace, _ in
            try workspace.write("k", Data())
            try workspace.setMode("k", 0o400)
            let attributes = try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent("k").path)
            #expect((attributes[.posixPermissions] as? Int) == 0o400)
        }
    }

    @Test func createsAMissingFolderAndShowsItsCanonicalPath() throws {
        let parent = WorkspaceUnderTest.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: parent) }
        let workspace = try DiskWorkspace(root: parent.appendingPathComponent("a/b").path, now: { 0 })
        #expect(FileManager.default.fileExists(atPath: parent.appendingPathComponent("a/b").path))
        #expect(workspace.rootPath.hasSuffix("/a/b"))
        #expect(!workspace.rootPath.contains("/../"))
    }

    @Test func aShellOnDiskShowsTheRealRoot() throws {
        try withFolder { _, workspace, clock in
            let shell = Shell(fileSystem: workspace, sleep: { clock.now += $0 }, now: { clock.now })
            #expect(shell.run("pwd").stdoutText == workspace.rootPath + "\n")
            #expect(shell.run("echo hi > a.txt").exitCode == 0)
            #expect(shell.run("cat \(workspace.rootPath)/a.txt").stdoutText == "hi\n")
            #expect(shell.run("ls -l a.txt").stdoutText == "-rw-r--r-- 1 learner learner 3 Jan  1 00:00 a.txt\n")
        }
    }
}
