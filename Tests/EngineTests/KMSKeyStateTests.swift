import Foundation
import Testing
@testable import Engine

/// The key state machine: Enabled, Disabled, PendingDeletion, deletion on the virtual
/// clock, and rotation.
@Suite struct KMSKeyStateTests {
    let f = KMSFixture()

    @Test func disabledKeysRefuseUseUntilEnabled() throws {
        let id = try f.createKey()
        let blob = try f.encrypt(id, "kept")
        try f.call("DisableKey", ["KeyId": .string(id)])
        let m = try f.metadata(id)
        #expect(m.string("KeyState") == "Disabled")
        #expect(m.bool("Enabled") == false)
        expectAWSError("DisabledException", "\(f.arn(id)) is disabled.") { _ = try f.encrypt(id, "x") }
        expectAWSError("DisabledException") { _ = try f.decrypt(blob) }
        expectAWSError("DisabledException") {
            try f.call("GenerateDataKey", ["KeyId": .string(id), "KeySpec": "AES_256"])
        }
        try f.call("EnableKey", ["KeyId": .string(id)])
        #expect(try f.decrypt(blob) == "kept")
    }

    @Test func scheduledDeletionRunsOnTheVirtualClock() throws {
        let id = try f.createKey()
        try f.call("CreateAlias", ["AliasName": "alias/doomed", "TargetKeyId": .string(id)])
        let start = f.cloud.clock.now
        let out = try f.call("ScheduleKeyDeletion", ["KeyId": .string(id), "PendingWindowInDays": 7])
        #expect(out.string("KeyId") == f.arn(id))
        #expect(out.string("KeyState") == "PendingDeletion")
        #expect(out.int("PendingWindowInDays") == 7)
        #expect(out["DeletionDate"] == .double(start + 7 * 86_400))
        let m = try f.metadata(id)
        #expect(m.string("KeyState") == "PendingDeletion")
        #expect(m["DeletionDate"] == .double(start + 7 * 86_400))
        expectAWSError("KMSInvalidStateException", "\(f.arn(id)) is pending deletion.") { _ = try f.encrypt(id, "x") }
        expectAWSError("KMSInvalidStateException") { try f.call("EnableKey", ["KeyId": .string(id)]) }
        f.advanceDays(6.9)
        #expect(try f.metadata(id).string("KeyState") == "PendingDeletion")
        f.advanceDays(0.2)
        expectAWSError("NotFoundException", "Key '\(f.arn(id))' does not exist") { _ = try f.metadata(id) }
        #expect(try f.call("ListAliases").array("Aliases").isEmpty)
        #expect(try f.call("ListKeys").array("Keys").isEmpty)
    }

    @Test func defaultWindowIsThirtyDaysAndRangeIsChecked() throws {
        let id = try f.createKey()
        expectAWSError("ValidationException") {
            try f.call("ScheduleKeyDeletion", ["KeyId": .string(id), "PendingWindowInDays": 6])
        }
        expectAWSError("ValidationException") {
            try f.call("ScheduleKeyDeletion", ["KeyId": .string(id), "PendingWindowInDays": 31])
        }
        let out = try f.call("ScheduleKeyDeletion", ["KeyId": .string(id)])
        #expect(out.int("PendingWindowInDays") == 30)
    }

    @Test func cancelKeyDeletionLeavesTheKeyDisabled() throws {
        let id = try f.createKey()
        expectAWSError("KMSInvalidStateException", "\(f.arn(id)) is not pending deletion.") {
            try f.call("CancelKeyDeletion", ["KeyId": .string(id)])
        }
        try f.call("ScheduleKeyDeletion", ["KeyId": .string(id), "PendingWindowInDays": 7])
        #expect(try f.call("CancelKeyDeletion", ["KeyId": .string(id)]).string("KeyId") == f.arn(id))
        let m = try f.metadata(id)
        #expect(m.string("KeyState") == "Disabled")
        #expect(m["DeletionDate"] == nil)
        f.advanceDays(10)
        #expect(try f.metadata(id).string("KeyState") == "Disabled")
        try f.call("EnableKey", ["KeyId": .string(id)])
        #expect(try f.metadata(id).string("KeyState") == "Enabled")
    }

    @Test func rotationAddsMaterialAndOldCiphertextsStillDecrypt() throws {
        let id = try f.createKey()
        #expect(try f.call("GetKeyRotationStatus", ["KeyId": .string(id)]).bool("KeyRotationEnabled") == false)
        let before = try f.metadata(id).string("CurrentKeyMaterialId")
        let blob = try f.encrypt(id, "old")
        try f.call("EnableKeyRotation", ["KeyId": .string(id), "RotationPeriodInDays": 90])
        let status = try f.call("GetKeyRotationStatus", ["KeyId": .string(id)])
        #expect(status.bool("KeyRotationEnabled") == true)
        #expect(status.int("RotationPeriodInDays") == 90)
        #expect(status["NextRotationDate"] == .double(f.cloud.clock.now + 90 * 86_400))
        f.advanceDays(91)
        let after = try f.metadata(id).string("CurrentKeyMaterialId")
        #expect(after != before)
        #expect(try f.decrypt(blob) == "old")
        let fresh = try f.call("Decrypt", ["CiphertextBlob": .blob(try f.encrypt(id, "new"))])
        #expect(fresh.string("KeyMaterialId") == after)
        try f.call("DisableKeyRotation", ["KeyId": .string(id)])
        #expect(try f.call("GetKeyRotationStatus", ["KeyId": .string(id)]).bool("KeyRotationEnabled") == false)
        let rsa = try f.createKey(["KeySpec": "RSA_2048"])
        expectAWSError("UnsupportedOperationException") { try f.call("EnableKeyRotation", ["KeyId": .string(rsa)]) }
    }

    @Test func awsManagedKeysCannotBeChanged() throws {
        let key = try f.kms.managedKey(service: "s3", displayName: "S3 objects",
                                       RequestContext(cloud: f.cloud, region: "us-east-1"))
        let m = try f.metadata("alias/aws/s3")
        #expect(m.string("KeyId") == key.id)
        #expect(m.string("KeyManager") == "AWS")
        #expect(m.string("Description") == "Default key that protects my S3 objects when no other key is defined")
        expectAWSError("AccessDeniedException") { try f.call("DisableKey", ["KeyId": .string(key.id)]) }
        expectAWSError("AccessDeniedException") { try f.call("ScheduleKeyDeletion", ["KeyId": .string(key.id)]) }
        #expect(try f.call("GetKeyRotationStatus", ["KeyId": .string(key.id)]).bool("KeyRotationEnabled") == true)
    }

    @Test func snapshotRoundTripKeepsKeysAliasesAndScheduledDeletion() throws {
        let id = try f.createKey(["Description": "saved"])
        try f.call("CreateAlias", ["AliasName": "alias/saved", "TargetKeyId": .string(id)])
        let blob = try f.encrypt("alias/saved", "persisted")
        let doomed = try f.createKey()
        try f.call("ScheduleKeyDeletion", ["KeyId": .string(doomed), "PendingWindowInDays": 7])
        let restored = try Cloud(snapshot: try f.cloud.snapshot())
        let out = try restored.call("kms", "Decrypt", ["CiphertextBlob": .blob(blob)], region: "us-east-1")
        #expect(out["Plaintext"] == .blob(Data("persisted".utf8)))
        let m = try restored.call("kms", "DescribeKey", ["KeyId": "alias/saved"], region: "us-east-1")
        #expect(m["KeyMetadata"]?.string("Description") == "saved")
        restored.advance(by: 8 * 86_400)
        #expect(throws: AWSError.self) {
            try restored.call("kms", "DescribeKey", ["KeyId": .string(doomed)], region: "us-east-1")
        }
        #expect(try f.cloud.snapshot() == (try Cloud(snapshot: try f.cloud.snapshot()).snapshot()))
    }
}
