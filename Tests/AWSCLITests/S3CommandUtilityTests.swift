@testable import AWSCLI
import Testing

/// The small pieces the s3 commands print with: sizes, times, paths, content types.
@Suite struct S3CommandUtilityTests {
    @Test func humanReadableSizesMatchTheCLI() {
        // Expected values computed with awscli.customizations.s3.utils.human_readable_size.
        let cases: [(Int, String)] = [
            (0, "0 Bytes"), (1, "1 Byte"), (10, "10 Bytes"), (1023, "1023 Bytes"), (1024, "1.0 KiB"),
            (1536, "1.5 KiB"), (1_048_575, "1.0 MiB"), (1_048_576, "1.0 MiB"), (10 * 1_048_576 + 52_429, "10.1 MiB"),
            (1_073_741_824, "1.0 GiB"), (5 * 1_099_511_627_776, "5.0 TiB"),
        ]
        for (size, text) in cases { #expect(HumanReadableSize.format(size) == text, "\(size)") }
    }

    @Test func timestampsAreUTC() {
        #expect(S3Timestamp(epochSeconds: 1_767_225_600).listing == "2026-01-01 00:00:00")
        #expect(S3Timestamp(epochSeconds: 1_709_210_096.9).listing == "2024-02-29 12:34:56")
        #expect(S3Timestamp(epochSeconds: 0).amzDate == "19700101T000000Z")
        #expect(S3Timestamp(epochSeconds: 951_782_400).scopeDate == "20000229")
    }

    @Test func pathsAsPythonsOsPath() {
        #expect(PythonPath.relpath("/a/b", from: "/a") == "b")
        #expect(PythonPath.relpath("/a", from: "/a/b/c") == "../..")
        #expect(PythonPath.relpath("/", from: "/") == ".")
        #expect(PythonPath.split("/site/") == ("/site", ""))
        #expect(PythonPath.split("a.txt") == ("", "a.txt"))
        #expect(PythonPath.normpath("a/../../b") == "../b")
        #expect(PythonPath.normpath("./x//y/") == "x/y")
    }

    @Test func displayedPathsAreRelativeToTheCurrentFolder() throws {
        let files = S3CommandTestFileSystem(now: { 0 })
        files.put("site/css/main.css", "x")
        let paths = S3LocalPaths(fileSystem: files)
        #expect(paths.display(try paths.absolute("site/css/main.css")) == "site/css/main.css")
        #expect(paths.display(try paths.absolute("a.txt")) == "./a.txt")
        #expect(paths.display(S3LocalPaths.directoryForm(try paths.absolute("site"))) == "site/")
        try files.changeDirectory("site/css")
        let inner = S3LocalPaths(fileSystem: files)
        #expect(inner.display(try inner.absolute("../../a.txt")) == "../../a.txt")
        #expect(inner.workspacePath("/site/index.html") == "../index.html")
    }

    @Test func contentTypesAsPythonGuessesThem() {
        let cases: [(String, String?)] = [
            ("a.txt", "text/plain"), ("/x/index.HTML", "text/html"), ("app.js", "text/javascript"),
            ("data.json", "application/json"), ("logo.png", "image/png"), ("archive.tar.gz", "application/x-tar"),
            ("backup.tgz", "application/x-tar"), ("noext", nil), (".hidden", nil), ("x.unknownext", nil),
            ("doc.md", "text/markdown"),
        ]
        for (name, type) in cases { #expect(MimeTypes.guess(name) == type, "\(name)") }
    }

    @Test func multipartPartsStayWithin10000() {
        #expect(S3ObjectTransfers.chunkSize(for: 100 * 1_048_576) == 8 * 1_048_576)
        #expect(S3ObjectTransfers.chunkSize(for: 80_000 * 1_048_576 + 1) == 16 * 1_048_576)
    }
}
