import Foundation
import Testing
@testable import Engine

/// SSE-KMS queues: sends and receives go through the queue's KMS key, with SQS's data-key
/// reuse period; SNS can deliver only with a customer managed key whose policy allows it.
@Suite struct SQSEncryptionTests {
    let h = SQSHarness()

    func kms(_ operation: String, _ input: Value) throws -> Value {
        try h.cloud.call("kms", operation, input, region: "us-east-1")
    }

    func errorCode(_ body: () throws -> Value) -> String? {
        do { _ = try body(); return nil } catch let error as AWSError { return error.code } catch { return "\(error)" }
    }

    @Test func aDisabledKeyStopsSendsOnceTheDataKeyReusePeriodIsOver() throws {
        let key = try #require(try kms("CreateKey", [:])["KeyMetadata"]?.string("KeyId"))
        let url = try h.createQueue("enc-q", ["KmsMasterKeyId": key, "KmsDataKeyReusePeriodSeconds": "60"])
        try h.send(url, "one")
        _ = try kms("DisableKey", ["KeyId": .string(key)])
        // Within the reuse period SQS does not ask KMS again.
        try h.send(url, "two")
        h.cloud.advance(by: 61)
        #expect(errorCode { try h.send(url, "three") } == "KMS.DisabledException")
        #expect(errorCode {
            try h.call("ReceiveMessage", ["QueueUrl": .string(url), "MaxNumberOfMessages": 10])
        } == "KMS.DisabledException")
        _ = try kms("EnableKey", ["KeyId": .string(key)])
        try h.send(url, "four")
        let received = try h.call("ReceiveMessage", ["QueueUrl": .string(url), "MaxNumberOfMessages": 10,
                                                      "WaitTimeSeconds": 1])
        #expect((received["Messages"]?.arrayValue?.count ?? 0) >= 1)
    }

    @Test func aMissingKeyFailsTheSendWithTheKMSDetails() throws {
        let url = try h.createQueue("missing-q", ["KmsMasterKeyId": "alias/nope"])
        do {
            try h.send(url, "hi")
            Issue.record("the send succeeded")
        } catch let error as AWSError {
            #expect(error.code == "KMS.NotFoundException")
            #expect(error.message.hasPrefix("Alias arn:aws:kms:us-east-1:123456789012:alias/nope is not found. "
                + "(Service: AWSKMS; Status Code: 400; Error Code: NotFoundException; Request ID: "))
        }
        // An empty queue needs no key to receive from.
        let empty = try h.call("ReceiveMessage", ["QueueUrl": .string(url)])
        #expect(empty["Messages"] == nil)
    }

    @Test func theAWSManagedKeyIsCreatedOnFirstUse() throws {
        let url = try h.createQueue("managed-q", ["KmsMasterKeyId": "alias/aws/sqs"])
        try h.send(url, "hi")
        let described = try kms("DescribeKey", ["KeyId": "alias/aws/sqs"])
        #expect(described["KeyMetadata"]?.string("KeyManager") == "AWS")
    }

    @Test func snsDeliversToAnEncryptedQueueOnlyWhenTheKeyPolicyAllowsIt() throws {
        let sns = SNSHarness()
        let topic = try sns.createTopic("enc-news")
        let key = try #require(try sns.cloud.call("kms", "CreateKey", [:], region: "us-east-1")["KeyMetadata"]?
            .string("KeyId"))
        let (managedURL, managedARN) = try sns.createQueue("managed-enc", ["KmsMasterKeyId": "alias/aws/sqs"])
        let (customURL, customARN) = try sns.createQueue("custom-enc", ["KmsMasterKeyId": key])
        try sns.subscribe(topic, "sqs", managedARN)
        try sns.subscribe(topic, "sqs", customARN)
        try sns.publish(topic, "first")
        // The AWS managed key's policy cannot admit SNS; the new key's default policy does not.
        #expect(try sns.messages(managedURL).isEmpty)
        #expect(try sns.messages(customURL).isEmpty)
        let policy: Value = ["Version": "2012-10-17", "Statement": [
            ["Effect": "Allow", "Principal": ["AWS": "arn:aws:iam::123456789012:root"], "Action": "kms:*",
             "Resource": "*"],
            ["Effect": "Allow", "Principal": ["Service": "sns.amazonaws.com"],
             "Action": ["kms:GenerateDataKey", "kms:Decrypt"], "Resource": "*"],
        ]]
        _ = try sns.cloud.call("kms", "PutKeyPolicy", ["KeyId": .string(key), "PolicyName": "default",
                                                        "Policy": .string(JSONWriter.compact(policy))],
                               region: "us-east-1")
        try sns.publish(topic, "second")
        #expect(try sns.messages(managedURL).isEmpty)
        #expect(try sns.messages(customURL).count == 1)
    }
}
