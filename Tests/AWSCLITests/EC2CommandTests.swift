import Foundation
import Testing
@testable import AWSCLI
import Engine

/// The notes' EC2 commands through the CLI: what `--output text` puts around the key, the
/// clean `--query KeyMaterial` form, describe and delete, and `create-tags` with and
/// without the notes' space after the comma.
@Suite struct EC2CommandTests {
    let h = S3CommandHarness()

    private func ok(_ line: String, sourceLocation: SourceLocation = #_sourceLocation) -> String {
        let result = h.aws(line)
        #expect(result.exitCode == 0, "\(line): \(result.stderrText)", sourceLocation: sourceLocation)
        return result.stdoutText
    }

    private func json(_ line: String, sourceLocation: SourceLocation = #_sourceLocation) -> Value {
        (try? JSONParser.parse(ok(line, sourceLocation: sourceLocation))) ?? .null
    }

    @Test func notesTextOutputWrapsTheKeyInOtherFields() throws {
        // aws ec2 create-key-pair --key-name MyKeyFirstCliPair --output text > MyFirstCliKeyPair.pem
        let text = ok("ec2 create-key-pair --key-name MyKeyFirstCliPair --output text")
        let fields = text.dropLast().components(separatedBy: "\t")
        try #require(fields.count == 4)
        #expect(fields[0].split(separator: ":").count == 20)
        #expect(fields[1].hasPrefix("-----BEGIN RSA PRIVATE KEY-----\n"))
        #expect(fields[1].hasSuffix("\n-----END RSA PRIVATE KEY-----"))
        #expect(fields[2] == "MyKeyFirstCliPair")
        #expect(fields[3].hasPrefix("key-") && fields[3].count == 21)
        // The file's first line starts with the fingerprint and a tab, not with -----BEGIN.
        #expect(text.split(separator: "\n").first?.hasPrefix(fields[0] + "\t-----BEGIN") == true)
        #expect(text.hasSuffix("\tMyKeyFirstCliPair\t\(fields[3])\n"))
    }

    @Test func queryKeyMaterialGivesACleanPEM() {
        let pem = ok("ec2 create-key-pair --key-name lab-key --query KeyMaterial --output text")
        #expect(pem.hasPrefix("-----BEGIN RSA PRIVATE KEY-----\n"))
        #expect(pem.hasSuffix("\n-----END RSA PRIVATE KEY-----\n"))
        #expect(!pem.contains("\t"))
        let ed = ok("ec2 create-key-pair --key-name lab-ed --key-type ed25519 --query KeyMaterial --output text")
        #expect(ed.hasPrefix("-----BEGIN OPENSSH PRIVATE KEY-----\n"))
        #expect(ed.hasSuffix("\n-----END OPENSSH PRIVATE KEY-----\n"))
    }

    @Test func describeShowsNoPrivateKeyAndDeleteReturnsTrue() {
        let id = ok("ec2 create-key-pair --key-name MyKeyFirstCliPair --query KeyPairId --output text")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let described = json("ec2 describe-key-pairs")
        let pair = described["KeyPairs"]?[0]
        #expect(pair?["KeyName"] == "MyKeyFirstCliPair")
        #expect(pair?["KeyMaterial"] == nil)
        #expect(pair?["PublicKey"] == nil)
        #expect(pair?["CreateTime"]?.stringValue?.hasPrefix("20") == true)
        let publicKey = json("ec2 describe-key-pairs --key-names MyKeyFirstCliPair --include-public-key")
        #expect(publicKey["KeyPairs"]?[0]?["PublicKey"]?.stringValue?.hasPrefix("ssh-rsa AAAA") == true)

        #expect(json("ec2 delete-key-pair --key-name MyKeyFirstCliPair")
            == ["Return": true, "KeyPairId": .string(id)])
        #expect(json("ec2 describe-key-pairs") == ["KeyPairs": []])
        let missing = h.aws("ec2 describe-key-pairs --key-names MyKeyFirstCliPair")
        #expect(missing.exitCode == 254)
        #expect(missing.stderrText.contains(
            "An error occurred (InvalidKeyPair.NotFound) when calling the DescribeKeyPairs operation: The key pair 'MyKeyFirstCliPair' does not exist"))
    }

    @Test func notesCreateTagsWithASpaceFailsAndNothingIsTagged() {
        let id = ok("ec2 create-key-pair --key-name k --key-type ed25519 --query KeyPairId --output text")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        // aws ec2 create-tags --resource <id> --tags Key=<key>, Value=<value>
        let notes = h.aws("ec2 create-tags --resource \(id) --tags Key=env, Value=dev")
        #expect(notes.exitCode == 252)
        #expect(notes.stderrText.contains("Error parsing parameter '--tags'"))
        #expect(json("ec2 describe-tags") == ["Tags": []])

        // Without the space it works, and --resource is taken as --resources.
        #expect(ok("ec2 create-tags --resource \(id) --tags Key=env,Value=dev") == "")
        #expect(json("ec2 describe-tags")["Tags"] == [
            ["Key": "env", "ResourceId": .string(id), "ResourceType": "key-pair", "Value": "dev"],
        ])
        let tags = ok("ec2 describe-key-pairs --filters Name=tag:env,Values=dev --query 'KeyPairs[].Tags[].[Key,Value]' --output text")
        #expect(tags == "env\tdev\n")
    }

    @Test func taggingAnInstanceThatDoesNotExist() {
        let result = h.aws("ec2 create-tags --resources i-0123456789abcdef0 --tags Key=env,Value=dev")
        #expect(result.exitCode == 254)
        #expect(result.stderrText.contains("(InvalidInstanceID.NotFound) when calling the CreateTags operation"))
    }

    @Test func importKeyPairReadsAPublicKeyFile() {
        h.files.put("laptop.pub", EC2PublicKeys.ed25519 + "\n")
        let out = json("ec2 import-key-pair --key-name laptop --public-key-material fileb://laptop.pub")
        // ssh-keygen -l -f laptop.pub: SHA256:5MBBleBvQa52q0s7PzG9StJphmXvf5mJwSVIaRynMG4
        #expect(out["KeyFingerprint"] == "5MBBleBvQa52q0s7PzG9StJphmXvf5mJwSVIaRynMG4=")
        #expect(out["KeyName"] == "laptop")
        let bad = h.aws("ec2 import-key-pair --key-name bad --public-key-material fileb://missing.pub")
        #expect(bad.exitCode == 252)
    }
}

/// Public keys made with ssh-keygen for the tests.
enum EC2PublicKeys {
    static let ed25519 = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKTRGZeBfKg2S5aciNES5uYC6QDHPcl407hwH54+EkxR me@laptop"
}
