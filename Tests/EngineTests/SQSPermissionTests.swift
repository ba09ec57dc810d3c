import Foundation
import Testing
@testable import Engine

@Suite("SQS permissions")
struct SQSPermissionTests {
    @Test("AddPermission writes statements into the queue policy; RemovePermission takes them out")
    func lifecycle() throws {
        let h = SQSHarness()
        let url = try h.createQueue("shared")
        try h.call("AddPermission", ["QueueUrl": .string(url), "Label": "crossaccountpermission",
                                     "AWSAccountIds": ["111122223333", "444455556666"], "Actions": ["ReceiveMessage"]])
        let arn = "arn:aws:sqs:us-east-1:123456789012:shared"
        let expected = #"{"Version":"2008-10-17","Id":"\#(arn)/SQSDefaultPolicy","Statement":[{"Sid":"crossaccountpermission","#
            + #""Effect":"Allow","Principal":{"AWS":["arn:aws:iam::111122223333:root","arn:aws:iam::444455556666:root"]},"#
            + #""Action":"SQS:ReceiveMessage","Resource":"\#(arn)"}]}"#
        #expect(try h.attributes(url, ["Policy"])["Policy"] == expected)
        expectAWSError("InvalidParameterValue", "Value crossaccountpermission for parameter Label is invalid. Reason: Already exists.") {
            try h.call("AddPermission", ["QueueUrl": .string(url), "Label": "crossaccountpermission",
                                         "AWSAccountIds": ["111122223333"], "Actions": ["SendMessage"]])
        }
        try h.call("AddPermission", ["QueueUrl": .string(url), "Label": "second", "AWSAccountIds": ["111122223333"],
                                     "Actions": ["SendMessage", "DeleteMessage"]])
        let policy = try #require(try h.attributes(url, ["Policy"])["Policy"].flatMap { try? JSONParser.parse($0) })
        #expect(policy["Statement"]?[1]?["Action"] == ["SQS:SendMessage", "SQS:DeleteMessage"])
        #expect(policy["Statement"]?[1]?["Principal"] == ["AWS": "arn:aws:iam::111122223333:root"])
        try h.call("RemovePermission", ["QueueUrl": .string(url), "Label": "crossaccountpermission"])
        try h.call("RemovePermission", ["QueueUrl": .string(url), "Label": "second"])
        #expect(try h.attributes(url, ["Policy"]).isEmpty)
        expectAWSError("InvalidParameterValue", "Value second for parameter Label is invalid. Reason: can't find label.") {
            try h.call("RemovePermission", ["QueueUrl": .string(url), "Label": "second"])
        }
    }

    @Test("AddPermission checks actions, their number and the label")
    func checks() throws {
        let h = SQSHarness()
        let url = try h.createQueue("checked")
        expectAWSError("InvalidParameterValue", "Value SQS:Fly for parameter ActionName is invalid. Reason: "
                       + "Please refer to the appropriate WSDL for a list of valid actions.") {
            try h.call("AddPermission", ["QueueUrl": .string(url), "Label": "l", "AWSAccountIds": ["111122223333"], "Actions": ["Fly"]])
        }
        let eight: Value = ["SendMessage", "ReceiveMessage", "DeleteMessage", "ChangeMessageVisibility",
                            "GetQueueAttributes", "GetQueueUrl", "PurgeQueue", "ListQueueTags"]
        expectAWSError("OverLimit", "8 Actions were found, maximum allowed is 7.", status: 403) {
            try h.call("AddPermission", ["QueueUrl": .string(url), "Label": "l", "AWSAccountIds": ["111122223333"], "Actions": eight])
        }
        expectAWSError("InvalidParameterValue") {
            try h.call("AddPermission", ["QueueUrl": .string(url), "Label": "bad label", "AWSAccountIds": ["1"], "Actions": ["*"]])
        }
        expectAWSError("MissingParameter") {
            try h.call("AddPermission", ["QueueUrl": .string(url), "Label": "l", "AWSAccountIds": [], "Actions": ["*"]])
        }
        expectAWSError("MissingParameter") {
            try h.call("AddPermission", ["QueueUrl": .string(url), "Label": "l", "AWSAccountIds": ["1"], "Actions": []])
        }
    }
}
