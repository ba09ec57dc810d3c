@testable import AWSCLI
import Testing

/// `--exclude` / `--include`: the glob matcher against Python's fnmatch, and the filter's
/// rule order against the AWS CLI's documented examples.
@Suite struct S3CommandFilterTests {
    @Test func globMatchesPythonFnmatch() {
        var mismatches: [String] = []
        for (pattern, name, expected) in S3CommandGlobTable.cases where GlobPattern(pattern).matches(name) != expected {
            mismatches.append("fnmatch(\(name.debugDescription), \(pattern.debugDescription)) should be \(expected)")
        }
        #expect(S3CommandGlobTable.cases.count > 500)
        #expect(mismatches.isEmpty, "\(mismatches.joined(separator: "\n"))")
    }

    /// The documentation's folder: /tmp/foo with .git/config, .git/description, foo.txt,
    /// bar.txt and baz.jpg, uploaded with `aws s3 cp /tmp/foo s3://bucket/ --recursive`.
    static let files = ["/tmp/foo/.git/config", "/tmp/foo/.git/description", "/tmp/foo/bar.txt",
                        "/tmp/foo/baz.jpg", "/tmp/foo/foo.txt"]

    static let documentedExamples: [(rules: [S3FilterRule], kept: [String])] = [
        ([], files),
        ([S3FilterRule(.exclude, ".git/*")], ["/tmp/foo/bar.txt", "/tmp/foo/baz.jpg", "/tmp/foo/foo.txt"]),
        ([S3FilterRule(.exclude, "*"), S3FilterRule(.include, "*.txt")], ["/tmp/foo/bar.txt", "/tmp/foo/foo.txt"]),
        ([S3FilterRule(.include, "*.txt"), S3FilterRule(.exclude, "*")], []),
        ([S3FilterRule(.exclude, "*"), S3FilterRule(.include, "*.txt"), S3FilterRule(.include, "*.jpg")],
         ["/tmp/foo/bar.txt", "/tmp/foo/baz.jpg", "/tmp/foo/foo.txt"]),
        ([S3FilterRule(.exclude, "*"), S3FilterRule(.include, "*.txt"), S3FilterRule(.exclude, "bar.txt")],
         ["/tmp/foo/foo.txt"]),
        ([S3FilterRule(.exclude, "*.txt"), S3FilterRule(.include, "foo*")], ["/tmp/foo/.git/config",
            "/tmp/foo/.git/description", "/tmp/foo/baz.jpg", "/tmp/foo/foo.txt"]),
        ([S3FilterRule(.exclude, "/tmp/foo/*.jpg")], ["/tmp/foo/.git/config", "/tmp/foo/.git/description",
            "/tmp/foo/bar.txt", "/tmp/foo/foo.txt"]),
        ([S3FilterRule(.exclude, "?a?.*")], ["/tmp/foo/.git/config", "/tmp/foo/.git/description", "/tmp/foo/foo.txt"]),
    ]

    @Test(arguments: documentedExamples.indices)
    func documentedExample(_ index: Int) {
        let example = Self.documentedExamples[index]
        let filter = S3Filter(example.rules, sourceRoot: "/tmp/foo", destinationRoot: "bucket/")
        #expect(Self.files.filter(filter.includes) == example.kept)
    }

    @Test func patternsAreRelativeToTheSourceFolder() {
        let filter = S3Filter([S3FilterRule(.exclude, "*.txt")], sourceRoot: "/site", destinationRoot: "bucket/web")
        #expect(!filter.includes("/site/a.txt"))
        #expect(!filter.includes("/site/deep/down/b.txt"))  // `*` also matches `/`
        #expect(filter.includes("/other/a.txt.bak"))
        // The destination side of `sync --delete` is matched against the destination root.
        #expect(!filter.includes("bucket/web/c.txt"))
        #expect(filter.includes("bucket/other/c.txt"))
    }

    @Test func rootsFollowTheCLI() {
        #expect(S3Filter.s3Root("s3://b/dir/key.txt", directoryOperation: false) == "b/dir")
        #expect(S3Filter.s3Root("s3://b/key.txt", directoryOperation: false) == "b/")
        #expect(S3Filter.s3Root("s3://b/dir/", directoryOperation: false) == "b/dir/")
        #expect(S3Filter.s3Root("s3://b/prefix", directoryOperation: true) == "b/prefix")
        #expect(PythonPath.join("b/", "*.txt") == "b/*.txt")
        #expect(PythonPath.join("/site", "/abs/*") == "/abs/*")
    }
}
