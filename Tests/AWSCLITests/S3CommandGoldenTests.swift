import Foundation
import Testing

/// Every transcript in `Snapshots/s3` (see `S3CommandTranscript`): the exact lines and exit
/// codes of each `aws s3` command form, checked against the AWS CLI.
@Suite struct S3CommandGoldenTests {
    @Test(arguments: S3CommandTranscript.names)
    func transcript(_ name: String) throws {
        let (expected, actual) = try S3CommandTranscript.replay(name)
        #expect(actual == expected, "\(name): \(FormatTestSupport.firstDifference(actual, expected))")
    }

    @Test func everyCommandHasTranscripts() {
        let names = Set(S3CommandTranscript.names)
        for name in ["ls", "mb_rb", "cp_upload", "cp_download", "cp_s3_to_s3", "mv", "rm", "sync", "filters",
                     "usage_errors", "glacier", "presign", "stream"] {
            #expect(names.contains(name), "missing transcript \(name).txt")
        }
    }
}
