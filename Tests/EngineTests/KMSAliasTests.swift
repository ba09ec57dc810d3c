import Foundation
import Testing
@testable import Engine

/// Aliases and the four ways of naming a key: id, key ARN, alias name, alias ARN.
@Suite struct KMSAliasTests {
    let f = KMSFixture()
    let aliasArn = "arn:aws:kms:us-east-1:123456789012:alias/lab"

    @Test func everyReferenceNamesTheKey() throws {
        let id = try f.createKey()
        try f.call("CreateAlias", ["AliasName": "alias/lab", "TargetKeyId": .string(id)])
        for reference in [id, f.arn(id), "alias/lab", aliasArn] {
            #expect(try f.metadata(reference).string("KeyId") == id)
        }
    }

    @Test func listAliasesWithEntriesAsAWSReturnsThem() throws {
        let id = try f.createKey()
        let other = try f.createKey()
        try f.call("CreateAlias", ["AliasName": "alias/zeta", "TargetKeyId": .string(other)])
        try f.call("CreateAlias", ["AliasName": "alias/lab", "TargetKeyId": .string(f.arn(id))])
        let all = try f.call("ListAliases")
        #expect(all.array("Aliases").compactMap { $0.string("AliasName") } == ["alias/lab", "alias/zeta"])
        let entry = try #require(all.array("Aliases").first)
        #expect(entry.string("AliasArn") == aliasArn)
        #expect(entry.string("TargetKeyId") == id)
        #expect(entry["CreationDate"] == .double(f.cloud.clock.now))
        let filtered = try f.call("ListAliases", ["KeyId": .string(other)])
        #expect(filtered.array("Aliases").compactMap { $0.string("AliasName") } == ["alias/zeta"])
    }

    @Test func aliasErrors() throws {
        let id = try f.createKey()
        try f.call("CreateAlias", ["AliasName": "alias/lab", "TargetKeyId": .string(id)])
        expectAWSError("AlreadyExistsException", "An alias with the name \(aliasArn) already exists") {
            try f.call("CreateAlias", ["AliasName": "alias/lab", "TargetKeyId": .string(id)])
        }
        expectAWSError("ValidationException") {
            try f.call("CreateAlias", ["AliasName": "lab2", "TargetKeyId": .string(id)])
        }
        expectAWSError("NotAuthorizedException") {
            try f.call("CreateAlias", ["AliasName": "alias/aws/mine", "TargetKeyId": .string(id)])
        }
        expectAWSError("NotFoundException") {
            try f.call("CreateAlias", ["AliasName": "alias/x", "TargetKeyId": "alias/lab"])
        }
        expectAWSError("NotFoundException", "Alias arn:aws:kms:us-east-1:123456789012:alias/none is not found.") {
            try f.call("DescribeKey", ["KeyId": "alias/none"])
        }
        expectAWSError("NotFoundException") { try f.call("DeleteAlias", ["AliasName": "alias/none"]) }
        // Alias names are per region.
        let west = try f.createKey(region: "eu-west-1")
        try f.call("CreateAlias", ["AliasName": "alias/lab", "TargetKeyId": .string(west)], region: "eu-west-1")
    }

    @Test func updateAndDeleteAlias() throws {
        let a = try f.createKey()
        let b = try f.createKey()
        try f.call("CreateAlias", ["AliasName": "alias/app", "TargetKeyId": .string(a)])
        let blob = try f.encrypt("alias/app", "first")
        try f.call("UpdateAlias", ["AliasName": "alias/app", "TargetKeyId": .string(b)])
        #expect(try f.metadata("alias/app").string("KeyId") == b)
        // The ciphertext names key a, not the alias: it still decrypts.
        #expect(try f.decrypt(blob) == "first")
        let signing = try f.createKey(["KeySpec": "ECC_NIST_P256", "KeyUsage": "SIGN_VERIFY"])
        expectAWSError("ValidationException") {
            try f.call("UpdateAlias", ["AliasName": "alias/app", "TargetKeyId": .string(signing)])
        }
        try f.call("DeleteAlias", ["AliasName": "alias/app"])
        #expect(try f.call("ListAliases").array("Aliases").isEmpty)
    }
}

/// Predefined AWS aliases: DescribeKey creates the AWS managed key behind them.
@Suite struct KMSManagedAliasTests {
    let f = KMSFixture()

    @Test func describeKeyCreatesTheAWSManagedKeyOnce() throws {
        let first = try f.metadata("alias/aws/s3")
        #expect(first.string("KeyManager") == "AWS")
        #expect(try f.metadata("arn:aws:kms:us-east-1:123456789012:alias/aws/s3") == first)
        #expect(try f.call("ListAliases").array("Aliases").compactMap { $0.string("AliasName") } == ["alias/aws/s3"])
        expectAWSError("NotFoundException") { _ = try f.metadata("alias/aws/unknown-service") }
    }
}
