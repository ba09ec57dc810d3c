import Foundation
import Testing
@testable import Engine

/// CreateKeyPair, ImportKeyPair, DescribeKeyPairs and DeleteKeyPair: outputs, errors,
/// filters, regions and snapshots.
@Suite struct EC2KeyPairTests {
    let h = EC2Harness()

    @Test func createRSAKeyPairReturnsThePrivateKeyOnce() throws {
        let out = try h.createKeyPair("MyKeyFirstCliPair")
        let id = try #require(out["KeyPairId"]?.stringValue)
        #expect(EC2ResourceID.isWellFormed(id, prefix: "key") && id.count == 21)
        #expect(out["KeyName"] == "MyKeyFirstCliPair")
        #expect(out["KeyMaterial"]?.stringValue?.hasPrefix("-----BEGIN RSA PRIVATE KEY-----\n") == true)
        #expect(out["Tags"] == nil)
        let fingerprint = try #require(out["KeyFingerprint"]?.stringValue)
        #expect(fingerprint.split(separator: ":").count == 20)

        let listed = try h.keyPairs()
        #expect(listed.count == 1)
        #expect(listed[0]["KeyMaterial"] == nil && listed[0]["PublicKey"] == nil)
        #expect(listed[0]["KeyPairId"]?.stringValue == id)
        #expect(listed[0]["KeyFingerprint"]?.stringValue == fingerprint)
        #expect(listed[0]["KeyType"] == "rsa")
        #expect(listed[0]["Tags"] == .array([]))
        #expect(listed[0]["CreateTime"]?.doubleValue == h.cloud.clock.now.rounded(.down))
    }

    @Test func ed25519KeyPairsAreDeterministic() throws {
        let first = try h.createKeyPair("e", type: "ed25519")
        let again = try EC2Harness().createKeyPair("e", type: "ed25519")
        #expect(first == again)
        #expect(first["KeyMaterial"]?.stringValue?.hasPrefix("-----BEGIN OPENSSH PRIVATE KEY-----\n") == true)
        #expect(first["KeyFingerprint"]?.stringValue?.hasSuffix("=") == true)
        #expect(try h.keyPairs()[0]["KeyType"] == "ed25519")
    }

    @Test func includePublicKeyGivesTheOpenSSHPublicKey() throws {
        let created = try h.createKeyPair("e", type: "ed25519")
        let pair = try h.keyPairs(["IncludePublicKey": true])[0]
        let publicKey = try #require(pair["PublicKey"]?.stringValue)
        let fields = publicKey.split(separator: " ")
        #expect(fields.count == 3 && fields[0] == "ssh-ed25519" && fields[2] == "e")
        // Importing that public key gives the same fingerprint: both are the SHA-256 of the key.
        let imported = try h.call("ImportKeyPair", ["KeyName": "copy", "PublicKeyMaterial": .blob(Data(publicKey.utf8))])
        #expect(imported["KeyFingerprint"] == created["KeyFingerprint"])
    }

    @Test func duplicateNamesAreRefused() throws {
        try h.createKeyPair("k")
        let error = h.error("CreateKeyPair", ["KeyName": "k"])
        #expect(error?.code == "InvalidKeyPair.Duplicate")
        #expect(error?.message == "The keypair 'k' already exists.")
        let imported = h.error("ImportKeyPair", ["KeyName": "k",
                                                 "PublicKeyMaterial": .blob(Data(EC2FingerprintTests.rsaPublicKey.utf8))])
        #expect(imported?.code == "InvalidKeyPair.Duplicate")
        #expect(try h.keyPairs().count == 1)
    }

    @Test func badNamesTypesAndFormats() {
        #expect(h.error("CreateKeyPair", .emptyObject)?.code == "MissingParameter")
        #expect(h.error("CreateKeyPair", ["KeyName": ""])?.code == "MissingParameter")
        let long = h.error("CreateKeyPair", ["KeyName": .string(String(repeating: "k", count: 256))])
        #expect(long?.code == "InvalidParameterValue")
        #expect(long?.message.hasSuffix("Length exceeds maximum of 255.") == true)
        #expect(h.error("CreateKeyPair", ["KeyName": "clé"])?.code == "InvalidParameterValue")
        #expect(h.error("CreateKeyPair", ["KeyName": "k", "KeyType": "dsa"])?.code == "InvalidParameterValue")
        #expect(h.error("CreateKeyPair", ["KeyName": "k", "KeyFormat": "der"])?.code == "InvalidParameterValue")
        #expect(h.error("CreateKeyPair", ["KeyName": "k", "KeyFormat": "ppk"])?.code == "NotSimulated")
        #expect(h.error("CreateKeyPair", ["KeyName": "k", "DryRun": true])?.code == "DryRunOperation")
        let wrongType = h.error("CreateKeyPair", ["KeyName": "k", "TagSpecifications": [["ResourceType": "instance",
                                                                                            "Tags": [["Key": "a", "Value": "b"]]]]])
        #expect(wrongType?.code == "InvalidParameterValue")
        #expect(h.cloud.service(EC2Service.self).keyPairs.isEmpty)
    }

    @Test func importKeyPair() throws {
        let out = try h.call("ImportKeyPair", ["KeyName": "laptop",
                                               "PublicKeyMaterial": .blob(Data(EC2FingerprintTests.rsaPublicKey.utf8))])
        #expect(out["KeyFingerprint"] == "5b:0e:67:c6:ab:b4:41:d2:98:7f:5a:3d:c0:76:5b:12")
        #expect(out["KeyMaterial"] == nil)
        let pair = try h.keyPairs(["IncludePublicKey": true])[0]
        #expect(pair["PublicKey"]?.stringValue == EC2FingerprintTests.rsaPublicKey + " laptop")
        let bad = h.error("ImportKeyPair", ["KeyName": "bad", "PublicKeyMaterial": .blob(Data("hello".utf8))])
        #expect(bad?.code == "InvalidKeyPair.Format")
        #expect(h.error("ImportKeyPair", ["KeyName": "none"])?.code == "MissingParameter")
    }

    @Test func describeByNameIdAndMissing() throws {
        let a = try h.createKeyPair("a", type: "ed25519")
        try h.createKeyPair("b", type: "ed25519")
        #expect(try h.keyPairs(["KeyNames": ["b"]]).map { $0["KeyName"] } == ["b"])
        #expect(try h.keyPairs(["KeyPairIds": [a["KeyPairId"] ?? .null]]).map { $0["KeyName"] } == ["a"])
        let missing = h.error("DescribeKeyPairs", ["KeyNames": ["a", "MyTestCLI"]])
        #expect(missing?.code == "InvalidKeyPair.NotFound")
        #expect(missing?.message == "The key pair 'MyTestCLI' does not exist")
        #expect(h.error("DescribeKeyPairs", ["KeyPairIds": ["key-0123456789abcdef0"]])?.code == "InvalidKeyPair.NotFound")
    }

    @Test func describeFilters() throws {
        let a = try h.createKeyPair("web-1", type: "ed25519", tags: [("env", "dev")])
        try h.createKeyPair("web-2", tags: [("env", "prod"), ("team", "x")])
        try h.createKeyPair("db", type: "ed25519")
        func names(_ filters: Value...) throws -> [String] {
            try h.keyPairs(["Filters": .array(filters)]).compactMap { $0["KeyName"]?.stringValue }
        }
        #expect(try names(EC2Harness.filter("key-name", "web-*")) == ["web-1", "web-2"])
        #expect(try names(EC2Harness.filter("key-type", "ed25519")) == ["web-1", "db"])
        #expect(try names(EC2Harness.filter("tag:env", "prod", "dev")) == ["web-1", "web-2"])
        #expect(try names(EC2Harness.filter("tag-key", "team")) == ["web-2"])
        #expect(try names(EC2Harness.filter("key-name", "web-?"), EC2Harness.filter("key-type", "rsa")) == ["web-2"])
        #expect(try names(EC2Harness.filter("fingerprint", a["KeyFingerprint"]?.stringValue ?? "")) == ["web-1"])
        #expect(try names(EC2Harness.filter("key-pair-id", a["KeyPairId"]?.stringValue ?? "")) == ["web-1"])
        let bad = h.error("DescribeKeyPairs", ["Filters": [EC2Harness.filter("owner", "me")]])
        #expect(bad?.code == "InvalidParameterValue")
        #expect(bad?.message == "The filter 'owner' is invalid")
    }

    @Test func deleteByNameOrIdAndMissingNamesSucceed() throws {
        let a = try h.createKeyPair("a", type: "ed25519")
        let b = try h.createKeyPair("b", type: "ed25519")
        let byName = try h.call("DeleteKeyPair", ["KeyName": "a"])
        #expect(byName == ["Return": true, "KeyPairId": a["KeyPairId"] ?? .null])
        let byId = try h.call("DeleteKeyPair", ["KeyPairId": b["KeyPairId"] ?? .null])
        #expect(byId["KeyPairId"] == b["KeyPairId"])
        #expect(try h.keyPairs().isEmpty)
        #expect(try h.call("DeleteKeyPair", ["KeyName": "a"]) == ["Return": true])
        #expect(h.error("DeleteKeyPair", .emptyObject)?.code == "MissingParameter")
        // The name is free again.
        #expect(try h.createKeyPair("a", type: "ed25519")["KeyName"] == "a")
    }

    @Test func eachRegionHasItsOwnKeyPairs() throws {
        try h.createKeyPair("k", type: "ed25519")
        #expect(try h.keyPairs(region: "eu-west-1").isEmpty)
        #expect(h.error("DescribeKeyPairs", ["KeyNames": ["k"]], region: "eu-west-1")?.code == "InvalidKeyPair.NotFound")
        try h.call("CreateKeyPair", ["KeyName": "k", "KeyType": "ed25519"], region: "eu-west-1")
        #expect(try h.call("DeleteKeyPair", ["KeyName": "k"], region: "eu-west-1")["KeyPairId"] != nil)
        #expect(try h.keyPairs().count == 1)
    }

    @Test func snapshotRoundTrip() throws {
        try h.createKeyPair("k", type: "ed25519", tags: [("env", "dev")])
        try h.createKeyPair("r")
        let restored = try Cloud(snapshot: h.cloud.snapshot())
        let before = try h.keyPairs(["IncludePublicKey": true])
        let after = try restored.call("ec2", "DescribeKeyPairs", ["IncludePublicKey": true], region: "us-east-1")
        #expect(after["KeyPairs"] == .array(before))
        #expect(restored.service(EC2Service.self).nextSerial == h.cloud.service(EC2Service.self).nextSerial)
    }
}
