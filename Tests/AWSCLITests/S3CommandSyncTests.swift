@testable import AWSCLI
import Testing

/// The sync decisions: which of a file present on both sides is transferred, and how the
/// comparator pairs the two listings.
@Suite struct S3CommandSyncTests {
    static func entry(_ key: String, size: Int, time: Double, _ operation: S3FileEntry.Operation? = .upload) -> S3FileEntry {
        S3FileEntry(source: "/src/" + key, destination: "b/" + key, compareKey: key, size: size, lastModified: time,
                    sourceIsS3: false, destinationIsS3: true, operation: operation)
    }

    /// (strategy, operation, source size/time, destination size/time, transferred?)
    static let decisions: [(S3SyncStrategy, S3FileEntry.Operation, Int, Double, Int, Double, Bool)] = [
        (.sizeAndLastModified, .upload, 5, 100, 5, 100, false),   // same size, same time
        (.sizeAndLastModified, .upload, 5, 100, 5, 200, false),   // destination newer
        (.sizeAndLastModified, .upload, 5, 300, 5, 200, true),    // source newer
        (.sizeAndLastModified, .upload, 6, 100, 5, 200, true),    // size differs
        (.sizeAndLastModified, .copy, 5, 300, 5, 200, true),
        (.sizeAndLastModified, .copy, 5, 100, 5, 200, false),
        (.sizeAndLastModified, .download, 5, 300, 5, 200, false), // object newer than the local file: kept
        (.sizeAndLastModified, .download, 5, 100, 5, 200, true),  // local file newer: downloaded again
        (.sizeAndLastModified, .download, 5, 100, 5, 100, false),
        (.exactTimestamps, .download, 5, 300, 5, 200, true),      // any difference counts
        (.exactTimestamps, .download, 5, 200, 5, 200, false),
        (.exactTimestamps, .upload, 5, 100, 5, 200, false),       // uploads keep the default rule
        (.sizeOnly, .upload, 5, 300, 5, 100, false),
        (.sizeOnly, .download, 5, 100, 5, 300, false),
        (.sizeOnly, .upload, 4, 100, 5, 100, true),
    ]

    @Test(arguments: decisions.indices)
    func decision(_ index: Int) {
        let (strategy, operation, sourceSize, sourceTime, destinationSize, destinationTime, expected) = Self.decisions[index]
        let source = Self.entry("k", size: sourceSize, time: sourceTime, operation)
        let destination = Self.entry("k", size: destinationSize, time: destinationTime, nil)
        #expect(strategy.shouldSync(source, destination) == expected)
    }

    @Test func comparatorWalksBothListingsInKeyOrder() {
        let source = [Self.entry("a", size: 1, time: 10), Self.entry("b/x", size: 1, time: 10),
                      Self.entry("c", size: 2, time: 10)]
        let destination = [Self.entry("a", size: 1, time: 20, nil), Self.entry("b.txt", size: 1, time: 20, nil),
                           Self.entry("c", size: 1, time: 20, nil), Self.entry("d", size: 1, time: 20, nil)]
        let keep = S3SyncComparator(strategy: .sizeAndLastModified, deleteExtra: false)
            .compare(source: source, destination: destination)
        #expect(keep.map(\.compareKey) == ["b/x", "c"])
        let withDelete = S3SyncComparator(strategy: .sizeAndLastModified, deleteExtra: true)
            .compare(source: source, destination: destination)
        #expect(withDelete.map(\.compareKey) == ["b.txt", "b/x", "c", "d"])
        #expect(withDelete.map(\.operation) == [.delete, .upload, .upload, .delete])
    }

    @Test func syncUploadsOnlyWhatChanged() {
        let h = S3CommandHarness()
        h.aws("s3 mb s3://sync-test")
        h.files.put("site/a.txt", "one")
        h.files.put("site/b.txt", "two")
        h.cloud.advance(by: 10)
        #expect(h.aws("s3 sync site s3://sync-test").stdoutText.split(separator: "\n").count == 2)
        #expect(h.aws("s3 sync site s3://sync-test").stdoutText.isEmpty)
        h.cloud.advance(by: 10)
        h.files.put("site/b.txt", "TWO")  // same size, newer
        #expect(h.aws("s3 sync site s3://sync-test").stdoutText == "upload: site/b.txt to s3://sync-test/b.txt\n")
        #expect(h.aws("s3 sync site s3://sync-test --size-only").stdoutText.isEmpty)
    }

    @Test func downloadSetsTheObjectsModificationTime() throws {
        let h = S3CommandHarness()
        h.aws("s3 mb s3://sync-time")
        h.files.put("a.txt", "alpha")
        h.cloud.advance(by: 7.5)
        h.aws("s3 cp a.txt s3://sync-time/a.txt")
        let uploaded = try #require(h.s3("HeadObject", ["Bucket": "sync-time", "Key": "a.txt"])["LastModified"]?.doubleValue)
        h.cloud.advance(by: 100)
        #expect(h.aws("s3 cp s3://sync-time/a.txt b.txt").exitCode == 0)
        #expect(h.files.modified("b.txt") == uploaded.rounded(.down))
        #expect(h.aws("s3 sync s3://sync-time .").stdoutText == "")  // b.txt is not in the bucket, a.txt is older
    }
}
