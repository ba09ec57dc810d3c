@testable import AWSCLI
import Foundation
import Testing

/// Listing 100,000 keys and moving a 100 MiB file up and down, timed (smaller sizes and
/// looser limits in a debug build, where the figures mean little).
@Suite(.serialized) struct S3CommandPerformanceTests {
    #if DEBUG
    static let keyCount = 10_000
    static let listLimit: Duration = .seconds(30)
    static let fileSize = 24 * 1_048_576
    static let roundTripLimit: Duration = .seconds(60)
    #else
    static let keyCount = 100_000
    static let listLimit: Duration = .seconds(1)
    static let fileSize = 100 * 1_048_576
    static let roundTripLimit: Duration = .seconds(2)
    #endif

    @Test func listingManyKeysIsFast() throws {
        let h = S3CommandHarness()
        h.aws("s3 mb s3://perf-list")
        for i in 0..<Self.keyCount {
            try h.s3("PutObject", ["Bucket": "perf-list", "Key": .string("dir/key-\(i)"), "Body": .blob(Data())])
        }
        var result = CLIResult()
        let elapsed = ContinuousClock().measure { result = h.aws("s3 ls s3://perf-list --recursive") }
        #expect(result.exitCode == 0)
        #expect(result.stdoutText.utf8.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) } == Self.keyCount)
        print("aws s3 ls --recursive of \(Self.keyCount) keys: \(elapsed)")
        #expect(elapsed < Self.listLimit)
    }

    @Test func largeFileGoesUpInPartsAndComesBack() throws {
        let h = S3CommandHarness()
        h.aws("s3 mb s3://perf-big")
        var bytes = [UInt8](repeating: 0, count: Self.fileSize)
        for i in stride(from: 0, to: bytes.count, by: 4096) { bytes[i] = UInt8(truncatingIfNeeded: i / 4096) }
        let data = Data(bytes)
        try h.files.write("big.bin", data, append: false)
        let clock = ContinuousClock()
        let start = clock.now
        let up = h.aws("s3 cp big.bin s3://perf-big/big.bin")
        let uploaded = clock.now
        let down = h.aws("s3 cp s3://perf-big/big.bin copy.bin")
        let elapsed = clock.now - start
        print("upload \(uploaded - start), download \(clock.now - uploaded)")
        #expect(up.stdoutText == "upload: ./big.bin to s3://perf-big/big.bin\n")
        #expect(down.stdoutText == "download: s3://perf-big/big.bin to ./copy.bin\n")
        #expect(try h.files.read("copy.bin") == data)
        let parts = (Self.fileSize + 8 * 1_048_576 - 1) / (8 * 1_048_576)
        let eTag = try h.s3("HeadObject", ["Bucket": "perf-big", "Key": "big.bin"]).string("ETag") ?? ""
        #expect(eTag.hasSuffix("-\(parts)\""))
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        print("\(Self.fileSize / 1_048_576) MiB up and down: \(elapsed), \(Int(Double(2 * Self.fileSize) / seconds / 1e6)) MB/s")
        #expect(elapsed < Self.roundTripLimit)
    }
}
