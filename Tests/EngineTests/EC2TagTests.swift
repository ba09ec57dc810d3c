import Foundation
import Testing
@testable import Engine

/// CreateTags, DeleteTags and DescribeTags on key pairs, with EC2's tag rules, and the
/// errors for ids of resources the lab does not have.
@Suite struct EC2TagTests {
    let h = EC2Harness()

    private func keyId(_ name: String) throws -> String {
        try h.createKeyPair(name, type: "ed25519")["KeyPairId"]?.stringValue ?? ""
    }

    private func tag(_ ids: [String], _ tags: [(String, String)]) throws {
        try h.call("CreateTags", ["Resources": .array(ids.map { .string($0) }), "Tags": EC2Harness.tags(tags)])
    }

    private func tagsOf(_ name: String) throws -> Value? {
        try h.keyPairs(["KeyNames": .array([.string(name)])]).first?["Tags"]
    }

    @Test func createTagsShowsInDescribeKeyPairsAndDescribeTags() throws {
        let id = try keyId("k")
        try tag([id], [("env", "dev"), ("team", "a")])
        try tag([id], [("env", "prod")])
        #expect(try tagsOf("k") == [["Key": "env", "Value": "prod"], ["Key": "team", "Value": "a"]])
        let described = try h.call("DescribeTags")["Tags"]
        #expect(described == [
            ["Key": "env", "ResourceId": .string(id), "ResourceType": "key-pair", "Value": "prod"],
            ["Key": "team", "ResourceId": .string(id), "ResourceType": "key-pair", "Value": "a"],
        ])
    }

    @Test func tagSpecificationsTagAtCreation() throws {
        let out = try h.createKeyPair("k", type: "ed25519", tags: [("env", "dev")])
        #expect(out["Tags"] == [["Key": "env", "Value": "dev"]])
        #expect(try tagsOf("k") == [["Key": "env", "Value": "dev"]])
    }

    @Test func tagRules() throws {
        let id = try keyId("k")
        func code(_ tags: [(String, String)]) -> String? {
            h.error("CreateTags", ["Resources": .array([.string(id)]), "Tags": EC2Harness.tags(tags)])?.code
        }
        #expect(code([(String(repeating: "k", count: 129), "v")]) == "InvalidParameterValue")
        #expect(code([("k", String(repeating: "v", count: 257))]) == "InvalidParameterValue")
        #expect(code([("aws:owner", "me")]) == "InvalidParameterValue")
        #expect(code([("", "v")]) == "InvalidParameterValue")
        try tag([id], [(String(repeating: "k", count: 128), String(repeating: "v", count: 256))])
        try tag([id], (1...49).map { ("t\($0)", "") })
        #expect(code([("one-more", "v")]) == "TagLimitExceeded")
        #expect(try tagsOf("k")?.arrayValue?.count == 50)
        #expect(h.error("CreateTags", ["Resources": .array([.string(id)])])?.code == "MissingParameter")
    }

    @Test func unknownIdsChangeNothing() throws {
        let id = try keyId("k")
        let instance = h.error("CreateTags", ["Resources": [.string(id), "i-0123456789abcdef0"], "Tags": EC2Harness.tags([("a", "b")])])
        #expect(instance?.code == "InvalidInstanceID.NotFound")
        #expect(instance?.message == "The instance ID 'i-0123456789abcdef0' does not exist")
        #expect(try tagsOf("k") == .array([]))
        let input: (String) -> Value = { ["Resources": [.string($0)], "Tags": EC2Harness.tags([("a", "b")])] }
        #expect(h.error("CreateTags", input("ami-0667e6e9c2c1b6e50"))?.code == "InvalidAMIID.NotFound")
        #expect(h.error("CreateTags", input("key-0123456789abcdef0"))?.code == "InvalidKeyPair.NotFound")
        #expect(h.error("CreateTags", input("<image-id>"))?.code == "InvalidID")
        #expect(h.error("CreateTags", input("MyKeyFirstCliPair"))?.message == "The ID 'MyKeyFirstCliPair' is not valid")
        #expect(h.error("CreateTags", input(id), region: "eu-west-1")?.code == "InvalidKeyPair.NotFound")
    }

    @Test func deleteTags() throws {
        let id = try keyId("k")
        try tag([id], [("a", "1"), ("b", "2"), ("c", "3")])
        // A value that does not match keeps the tag; a key alone removes it.
        try h.call("DeleteTags", ["Resources": [.string(id)], "Tags": [["Key": "a", "Value": "9"], ["Key": "b"]]])
        #expect(try tagsOf("k") == [["Key": "a", "Value": "1"], ["Key": "c", "Value": "3"]])
        try h.call("DeleteTags", ["Resources": [.string(id)], "Tags": [["Key": "a", "Value": "1"]]])
        #expect(try tagsOf("k") == [["Key": "c", "Value": "3"]])
        try h.call("DeleteTags", ["Resources": [.string(id)]])
        #expect(try tagsOf("k") == .array([]))
        #expect(h.error("DeleteTags", ["Resources": ["i-0123456789abcdef0"]])?.code == "InvalidInstanceID.NotFound")
    }

    @Test func describeTagsFiltersAndPages() throws {
        let a = try keyId("a")
        let b = try keyId("b")
        try tag([a, b], [("env", "dev")])
        try tag([b], [("team", "blue")])
        func rows(_ filters: Value...) throws -> [String] {
            try (h.call("DescribeTags", ["Filters": .array(filters)])["Tags"]?.arrayValue ?? []).map {
                "\($0["ResourceId"]?.stringValue == a ? "a" : "b"):\($0["Key"]?.stringValue ?? "")"
            }
        }
        #expect(try rows(EC2Harness.filter("resource-id", b)).sorted() == ["b:env", "b:team"])
        #expect(try rows(EC2Harness.filter("key", "env")).sorted() == ["a:env", "b:env"])
        #expect(try rows(EC2Harness.filter("value", "bl*")) == ["b:team"])
        #expect(try rows(EC2Harness.filter("resource-type", "key-pair")).count == 3)
        #expect(try rows(EC2Harness.filter("resource-type", "instance")).isEmpty)
        #expect(h.error("DescribeTags", ["Filters": [EC2Harness.filter("colour", "x")]])?.code == "InvalidParameterValue")

        try tag([a], (1...5).map { ("k\($0)", "v") })
        let first = try h.call("DescribeTags", ["MaxResults": 5])
        #expect(first["Tags"]?.arrayValue?.count == 5)
        let token = try #require(first["NextToken"])
        let rest = try h.call("DescribeTags", ["MaxResults": 5, "NextToken": token])
        #expect(rest["Tags"]?.arrayValue?.count == 3)
        #expect(rest["NextToken"] == nil)
        #expect(h.error("DescribeTags", ["MaxResults": 2])?.code == "InvalidParameterValue")
    }
}
