import Foundation
import Testing
@testable import AWSCLI
import Engine

/// `aws kms ...` through the model: blob parameters (fileb://, base64 text), base64 blobs in
/// the output, the learner's encrypt/decrypt flow, and service errors as the CLI prints them.
@Suite struct KMSCommandTests {
    let h = S3CommandHarness()

    private func ok(_ line: String, sourceLocation: SourceLocation = #_sourceLocation) -> String {
        let result = h.aws(line)
        #expect(result.exitCode == 0, "\(line): \(result.stderrText)", sourceLocation: sourceLocation)
        return result.stdoutText
    }

    private func createLabKey() -> String {
        let id = ok("kms create-key --description 'lab key' --query KeyMetadata.KeyId --output text")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(ok("kms create-alias --alias-name alias/lab --target-key-id \(id)") == "")
        return id
    }

    @Test func encryptToAFileAndDecryptIt() throws {
        _ = createLabKey()
        h.files.put("secret.txt", "the launch code is 1234\n")
        let text = ok("kms encrypt --key-id alias/lab --plaintext fileb://secret.txt --query CiphertextBlob --output text")
        // `| base64 --decode > secret.enc`, as the learner's shell does it.
        let blob = try #require(Data(base64Encoded: text.trimmingCharacters(in: .whitespacesAndNewlines)))
        try h.files.write("secret.enc", blob, append: false)
        let plain = ok("kms decrypt --ciphertext-blob fileb://secret.enc --query Plaintext --output text")
        let decoded = Data(base64Encoded: plain.trimmingCharacters(in: .whitespacesAndNewlines)) ?? Data()
        #expect(String(decoding: decoded, as: UTF8.self) == "the launch code is 1234\n")
    }

    @Test func plaintextTextIsBase64AsInCLIv2() {
        let id = createLabKey()
        let out = ok("kms encrypt --key-id \(id) --plaintext aGVsbG8= --output json")
        let json = (try? JSONParser.parse(out)) ?? .null
        let blob = json.string("CiphertextBlob") ?? ""
        let plain = ok("kms decrypt --ciphertext-blob \(blob) --query Plaintext --output text")
        #expect(plain == "aGVsbG8=\n")
        let bad = h.aws("kms encrypt --key-id \(id) --plaintext fileb://missing.txt")
        #expect(bad.exitCode == 252)
    }

    @Test func describeKeyPrintsKeyMetadata() {
        let id = createLabKey()
        let out = ok("kms describe-key --key-id alias/lab --query 'KeyMetadata.[KeyId,KeyState,KeyUsage,KeyManager]' --output text")
        #expect(out == "\(id)\tEnabled\tENCRYPT_DECRYPT\tCUSTOMER\n")
        let aliases = ok("kms list-aliases --query 'Aliases[].AliasName' --output text")
        #expect(aliases == "alias/lab\n")
    }

    @Test func serviceErrorsExit254WithTheCLIsLine() {
        let missing = h.aws("kms describe-key --key-id alias/nope")
        #expect(missing.exitCode == 254)
        #expect(missing.stderrText == "\nAn error occurred (NotFoundException) when calling the DescribeKey operation: "
                + "Alias arn:aws:kms:us-east-1:123456789012:alias/nope is not found.\n")
        _ = createLabKey()
        let again = h.aws("kms create-alias --alias-name alias/lab --target-key-id alias/lab")
        #expect(again.exitCode == 254)
        #expect(again.stderrText.contains("(NotFoundException) when calling the CreateAlias operation"))
    }

    @Test func generateDataKeyAndDisabledKey() {
        let id = createLabKey()
        let out = ok("kms generate-data-key --key-id alias/lab --key-spec AES_256 --query Plaintext --output text")
        #expect(Data(base64Encoded: out.trimmingCharacters(in: .whitespacesAndNewlines))?.count == 32)
        #expect(ok("kms disable-key --key-id \(id)") == "")
        let refused = h.aws("kms generate-data-key --key-id alias/lab --number-of-bytes 16")
        #expect(refused.exitCode == 254)
        #expect(refused.stderrText.contains("(DisabledException) when calling the GenerateDataKey operation: "
                                            + "arn:aws:kms:us-east-1:123456789012:key/\(id) is disabled."))
    }

    @Test func s3CopyWithSSEKMSAndADisabledKey() throws {
        let id = createLabKey()
        try h.s3("CreateBucket", ["Bucket": "enc-bucket"])
        h.files.put("f.txt", "kms protected\n")
        #expect(ok("s3 cp f.txt s3://enc-bucket/f.txt --sse aws:kms --sse-kms-key-id alias/lab")
                == "upload: ./f.txt to s3://enc-bucket/f.txt\n")
        #expect(ok("s3api head-object --bucket enc-bucket --key f.txt --query SSEKMSKeyId --output text")
                == "arn:aws:kms:us-east-1:123456789012:key/\(id)\n")
        _ = ok("kms disable-key --key-id \(id)")
        let failed = h.aws("s3 cp s3://enc-bucket/f.txt -")
        #expect(failed.exitCode == 1)
        #expect(failed.stderrText.contains("An error occurred (KMS.DisabledException) when calling the GetObject operation"))
        _ = ok("kms enable-key --key-id \(id)")
        #expect(ok("s3 cp s3://enc-bucket/f.txt -") == "kms protected\n")
    }
}
