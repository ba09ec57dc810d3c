import Testing
@testable import Engine

@Suite("SNS topics")
struct SNSTopicTests {
    @Test func createTopicReturnsArnAndIsIdempotent() throws {
        let sns = SNSHarness()
        let arn = try sns.createTopic("news")
        #expect(arn == "arn:aws:sns:us-east-1:123456789012:news")
        #expect(try sns.createTopic("news") == arn)
        #expect(try sns.createTopic("news", ["DisplayName": ""]) == arn)
        expectAWSError("InvalidParameter", "Invalid parameter: Attributes Reason: Topic already exists with different attributes") {
            try sns.createTopic("news", ["DisplayName": "Other"])
        }
    }

    @Test(arguments: ["", "has space", "dot.name", String(repeating: "a", count: 257), "x.fifo"])
    func invalidTopicNamesAreRefused(name: String) {
        let sns = SNSHarness()
        expectAWSError("InvalidParameter", "Invalid parameter: Topic Name") { try sns.createTopic(name) }
    }

    @Test func fifoTopicsNeedTheSuffix() throws {
        let sns = SNSHarness()
        expectAWSError("InvalidParameter") { try sns.createTopic("orders", ["FifoTopic": "true"]) }
        let arn = try sns.createTopic("orders.fifo", ["FifoTopic": "true", "ContentBasedDeduplication": "true"])
        let attributes = try sns.topicAttributes(arn)
        #expect(attributes["FifoTopic"] == "true")
        #expect(attributes["ContentBasedDeduplication"] == "true")
        expectAWSError("InvalidParameter") { try sns.createTopic("plain", ["ContentBasedDeduplication": "true"]) }
    }

    @Test func defaultAttributes() throws {
        let sns = SNSHarness()
        let arn = try sns.createTopic("news")
        let attributes = try sns.topicAttributes(arn)
        #expect(attributes["TopicArn"] == arn)
        #expect(attributes["Owner"] == "123456789012")
        #expect(attributes["DisplayName"] == "")
        #expect(attributes["SubscriptionsConfirmed"] == "0")
        #expect(attributes["SubscriptionsPending"] == "0")
        #expect(attributes["SubscriptionsDeleted"] == "0")
        #expect(attributes["FifoTopic"] == nil)
        let policy = try JSONParser.parse(attributes["Policy"] ?? "")
        #expect(policy["Statement"]?[0]?["Resource"]?.stringValue == arn)
        #expect(policy["Statement"]?[0]?["Condition"]?["StringEquals"]?["AWS:SourceOwner"] == "123456789012")
        #expect(attributes["EffectiveDeliveryPolicy"]?.contains("defaultHealthyRetryPolicy") == true)
    }

    @Test func setTopicAttributes() throws {
        let sns = SNSHarness()
        let arn = try sns.createTopic("news")
        try sns.call("SetTopicAttributes", ["TopicArn": .string(arn), "AttributeName": "DisplayName",
                                            "AttributeValue": "Daily News"])
        #expect(try sns.topicAttributes(arn)["DisplayName"] == "Daily News")
        expectAWSError("InvalidParameter", "Invalid parameter: AttributeName") {
            try sns.call("SetTopicAttributes", ["TopicArn": .string(arn), "AttributeName": "Colour", "AttributeValue": "red"])
        }
        expectAWSError("InvalidParameter") {
            try sns.call("SetTopicAttributes", ["TopicArn": .string(arn), "AttributeName": "Policy", "AttributeValue": "{"])
        }
    }

    @Test func deleteTopicIsIdempotentAndRemovesSubscriptions() throws {
        let sns = SNSHarness()
        let arn = try sns.createTopic("news")
        let (_, queueArn) = try sns.createQueue("q")
        try sns.subscribe(arn, "sqs", queueArn)
        try sns.call("DeleteTopic", ["TopicArn": .string(arn)])
        try sns.call("DeleteTopic", ["TopicArn": .string(arn)])
        #expect(try sns.call("ListSubscriptions")["Subscriptions"]?.arrayValue?.isEmpty == true)
        expectAWSError("NotFound", "Topic does not exist", status: 404) { _ = try sns.topicAttributes(arn) }
        expectAWSError("InvalidParameter", "Invalid parameter: TopicArn Reason: An ARN must have at least 6 elements, not 1") {
            try sns.call("GetTopicAttributes", ["TopicArn": "not-an-arn"])
        }
        expectAWSError("InvalidParameter", "Invalid parameter: TopicArn") {
            try sns.call("GetTopicAttributes", ["TopicArn": "arn:aws:sns:eu-west-1:123456789012:news"])
        }
    }

    @Test func listTopicsPagesByHundred() throws {
        let sns = SNSHarness()
        for i in 0..<150 { try sns.createTopic("t\(i)") }
        let first = try sns.call("ListTopics")
        #expect(first["Topics"]?.arrayValue?.count == 100)
        let token = try #require(first["NextToken"]?.stringValue)
        let second = try sns.call("ListTopics", ["NextToken": .string(token)])
        #expect(second["Topics"]?.arrayValue?.count == 50)
        #expect(second["NextToken"] == nil)
        #expect(second["Topics"]?[49]?["TopicArn"]?.stringValue?.hasSuffix(":t149") == true)
        expectAWSError("InvalidParameter") { try sns.call("ListTopics", ["NextToken": "bogus"]) }
    }

    @Test func topicsBelongToTheirRegion() throws {
        let sns = SNSHarness()
        try sns.createTopic("news")
        #expect(try sns.call("ListTopics", region: "eu-west-1")["Topics"]?.arrayValue?.isEmpty == true)
    }

    @Test func tags() throws {
        let sns = SNSHarness()
        let arn = try sns.createTopic("news")
        try sns.call("TagResource", ["ResourceArn": .string(arn), "Tags": [["Key": "team", "Value": "core"],
                                                                           ["Key": "env", "Value": "dev"]]])
        try sns.call("UntagResource", ["ResourceArn": .string(arn), "TagKeys": ["env"]])
        let tags = try sns.call("ListTagsForResource", ["ResourceArn": .string(arn)])
        #expect(tags == ["Tags": [["Key": "team", "Value": "core"]]])
        expectAWSError("ResourceNotFound", "Resource does not exist") {
            try sns.call("ListTagsForResource", ["ResourceArn": "arn:aws:sns:us-east-1:123456789012:none"])
        }
        let many = Value.array((0..<51).map { ["Key": .string("k\($0)"), "Value": "v"] })
        expectAWSError("TagLimitExceeded") { try sns.call("TagResource", ["ResourceArn": .string(arn), "Tags": many]) }
        expectAWSError("InvalidParameter", "Invalid parameter: Tags Reason: Topic already exists with different tags") {
            try sns.call("CreateTopic", ["Name": "news", "Tags": [["Key": "team", "Value": "other"]]])
        }
    }
}
