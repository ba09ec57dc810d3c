@testable import AWSCLI
import Engine
import Foundation
import JSONValue
import Testing

/// `aws sns ...` end to end: the model-driven CLI against the simulated SNS and SQS.
@Suite("aws sns commands")
struct SNSCommandTests {
    let cli = S3CommandHarness()

    func run(_ line: String) -> (out: String, err: String, code: Int32) {
        let result = cli.aws(line.hasPrefix("aws ") ? String(line.dropFirst(4)) : line)
        return (String(decoding: result.stdout, as: UTF8.self), String(decoding: result.stderr, as: UTF8.self),
                result.exitCode)
    }

    func json(_ line: String) throws -> Value {
        let result = run(line)
        #expect(result.code == 0, "\(line): \(result.err)")
        return try JSONParser.parse(result.out)
    }

    func queue(_ name: String, allowSNS: Bool) throws -> (url: String, arn: String) {
        let url = try json("aws sqs create-queue --queue-name \(name)")["QueueUrl"]?.stringValue ?? ""
        let arn = "arn:aws:sqs:us-east-1:123456789012:\(name)"
        if allowSNS {
            let policy = #"{"Statement":[{"Effect":"Allow","Principal":{"Service":"sns.amazonaws.com"},"Action":"sqs:SendMessage","Resource":"\#(arn)"}]}"#
            let attributes = JSONWriter.compact(["Policy": .string(policy)])
            #expect(run("aws sqs set-queue-attributes --queue-url \(url) --attributes '\(attributes)'").code == 0)
        }
        return (url, arn)
    }

    @Test func createSubscribePublishReceive() throws {
        let topic = try json("aws sns create-topic --name t")["TopicArn"]?.stringValue ?? ""
        #expect(topic == "arn:aws:sns:us-east-1:123456789012:t")
        let (url, arn) = try queue("q", allowSNS: true)
        let subscription = try json("aws sns subscribe --topic-arn \(topic) --protocol sqs --notification-endpoint \(arn)")
        #expect(subscription["SubscriptionArn"]?.stringValue?.hasPrefix(topic + ":") == true)
        let published = try json("aws sns publish --topic-arn \(topic) --message hi")
        let received = try json("aws sqs receive-message --queue-url \(url) --wait-time-seconds 1")
        let body = try JSONParser.parse(received["Messages"]?[0]?["Body"]?.stringValue ?? "")
        #expect(body["Message"] == "hi")
        #expect(body["MessageId"] == published["MessageId"])
    }

    @Test func withoutThePolicyTheQueueStaysEmpty() throws {
        let topic = try json("aws sns create-topic --name t")["TopicArn"]?.stringValue ?? ""
        let (url, arn) = try queue("q", allowSNS: false)
        _ = try json("aws sns subscribe --topic-arn \(topic) --protocol sqs --notification-endpoint \(arn)")
        _ = try json("aws sns publish --topic-arn \(topic) --message hi")
        let result = run("aws sqs receive-message --queue-url \(url) --wait-time-seconds 1")
        #expect(result.code == 0 && result.out.isEmpty)
    }

    @Test func rawDeliveryAndAttributesFromTheCommandLine() throws {
        let topic = try json("aws sns create-topic --name t")["TopicArn"]?.stringValue ?? ""
        let (url, arn) = try queue("q", allowSNS: true)
        let sub = try json("aws sns subscribe --topic-arn \(topic) --protocol sqs --notification-endpoint \(arn) "
                           + "--attributes RawMessageDelivery=true")["SubscriptionArn"]?.stringValue ?? ""
        #expect(run("aws sns set-subscription-attributes --subscription-arn \(sub) --attribute-name FilterPolicy "
                    + #"--attribute-value '{"type":["order"]}'"#).code == 0)
        _ = try json("aws sns publish --topic-arn \(topic) --message skip --message-attributes "
                     + "type={DataType=String,StringValue=refund}")
        _ = try json("aws sns publish --topic-arn \(topic) --message keep --message-attributes "
                     + "type={DataType=String,StringValue=order}")
        let received = try json("aws sqs receive-message --queue-url \(url) --wait-time-seconds 1 "
                                + "--message-attribute-names All --max-number-of-messages 10")
        #expect(received["Messages"]?.arrayValue?.count == 1)
        #expect(received["Messages"]?[0]?["Body"] == "keep")
        #expect(received["Messages"]?[0]?["MessageAttributes"]?["type"]?["StringValue"] == "order")
    }

    @Test func errorsPrintAsTheCLIPrintsThem() throws {
        let missing = run("aws sns get-topic-attributes --topic-arn arn:aws:sns:us-east-1:123456789012:none")
        #expect(missing.code == 254)
        #expect(missing.err == "\nAn error occurred (NotFound) when calling the GetTopicAttributes operation: "
                + "Topic does not exist\n")
        let topic = try json("aws sns create-topic --name t.fifo --attributes FifoTopic=true")["TopicArn"]?.stringValue ?? ""
        let noGroup = run("aws sns publish --topic-arn \(topic) --message hi")
        #expect(noGroup.err.contains("(InvalidParameter) when calling the Publish operation: Invalid parameter: "
                                     + "The MessageGroupId parameter is required for FIFO topics"))
        let email = run("aws sns subscribe --topic-arn \(topic) --protocol email --notification-endpoint a@b.co")
        #expect(email.code == 254 && email.err.contains("InvalidParameter"))
    }

    @Test func emailSubscriptionIsPending() throws {
        let topic = try json("aws sns create-topic --name t")["TopicArn"]?.stringValue ?? ""
        let out = try json("aws sns subscribe --topic-arn \(topic) --protocol email --notification-endpoint a@b.co")
        #expect(out == ["SubscriptionArn": "pending confirmation"])
        let text = run("aws sns list-subscriptions-by-topic --topic-arn \(topic) --query Subscriptions[0].SubscriptionArn "
                       + "--output text")
        #expect(text.out == "PendingConfirmation\n")
    }

    @Test func listTopicsFollowsEveryPage() throws {
        for i in 0..<120 { _ = try json("aws sns create-topic --name t\(i)") }
        let all = try json("aws sns list-topics")
        #expect(all["Topics"]?.arrayValue?.count == 120)
        #expect(all["NextToken"] == nil)
    }
}
