import Testing
@testable import Engine

@Suite("SNS filter policies")
struct SNSFilterPolicyTests {
    static func attributes(_ pairs: [(String, String, String)]) -> [MessageAttribute] {
        pairs.map { MessageAttribute(name: $0.0, dataType: $0.1, stringValue: $0.2, binaryValue: nil) }
    }

    static let attributeCases: [(String, [(String, String, String)], Bool)] = [
        (#"{"type":["order"]}"#, [("type", "String", "order")], true),
        (#"{"type":["order"]}"#, [("type", "String", "refund")], false),
        (#"{"type":["order"]}"#, [], false),
        (#"{"type":["order","refund"]}"#, [("type", "String", "refund")], true),
        (#"{"type":["order"],"size":["big"]}"#, [("type", "String", "order")], false),
        (#"{"price":[100]}"#, [("price", "Number", "100.0")], true),
        (#"{"price":[100]}"#, [("price", "String", "100")], false),
        (#"{"price":[{"numeric":[">",0,"<=",150]}]}"#, [("price", "Number", "150")], true),
        (#"{"price":[{"numeric":[">",0,"<=",150]}]}"#, [("price", "Number", "151")], false),
        (#"{"price":[{"numeric":["=",3.5]}]}"#, [("price", "Number", "3.5")], true),
        (#"{"name":[{"prefix":"ord"}]}"#, [("name", "String", "order-1")], true),
        (#"{"name":[{"prefix":"ord"}]}"#, [("name", "String", "reorder")], false),
        (#"{"name":[{"suffix":".png"}]}"#, [("name", "String", "cat.png")], true),
        (#"{"name":[{"suffix":".png"}]}"#, [("name", "String", "cat.jpg")], false),
        (#"{"name":[{"equals-ignore-case":"ORDER"}]}"#, [("name", "String", "Order")], true),
        (#"{"name":[{"prefix":{"equals-ignore-case":"ORD"}}]}"#, [("name", "String", "order")], true),
        (#"{"name":[{"anything-but":["a","b"]}]}"#, [("name", "String", "c")], true),
        (#"{"name":[{"anything-but":["a","b"]}]}"#, [("name", "String", "a")], false),
        (#"{"name":[{"anything-but":{"prefix":"tmp"}}]}"#, [("name", "String", "tmp-1")], false),
        (#"{"name":[{"anything-but":"a"}]}"#, [], false),
        (#"{"name":[{"exists":true}]}"#, [("name", "String", "x")], true),
        (#"{"name":[{"exists":false}]}"#, [("name", "String", "x")], false),
        (#"{"name":[{"exists":false}]}"#, [], true),
        (#"{"tags":["red"]}"#, [("tags", "String.Array", #"["blue","red"]"#)], true),
        (#"{"tags":["red"]}"#, [("tags", "String.Array", #"["blue"]"#)], false),
        (#"{"$or":[{"a":["1"]},{"b":["2"]}]}"#, [("b", "String", "2")], true),
        (#"{"$or":[{"a":["1"]},{"b":["2"]}]}"#, [("b", "String", "3")], false),
        (#"{"c":["x"],"$or":[{"a":["1"]},{"b":["2"]}]}"#, [("a", "String", "1"), ("c", "String", "x")], true),
    ]

    @Test(arguments: attributeCases.indices)
    func attributeScope(index: Int) throws {
        let (text, pairs, expected) = Self.attributeCases[index]
        let policy = try FilterPolicy(text, scope: .messageAttributes)
        #expect(policy.matches(attributes: Self.attributes(pairs), body: "", scope: .messageAttributes) == expected,
                "\(text) on \(pairs)")
    }

    static let bodyCases: [(String, String, Bool)] = [
        (#"{"type":["order"]}"#, #"{"type":"order"}"#, true),
        (#"{"type":["order"]}"#, #"{"type":"refund"}"#, false),
        (#"{"type":["order"]}"#, "not json", false),
        (#"{"order":{"total":[{"numeric":[">=",100]}]}}"#, #"{"order":{"total":120}}"#, true),
        (#"{"order":{"total":[{"numeric":[">=",100]}]}}"#, #"{"order":{"total":20}}"#, false),
        (#"{"items":["b"]}"#, #"{"items":["a","b"]}"#, true),
        (#"{"flag":[true]}"#, #"{"flag":true}"#, true),
        (#"{"gone":[null]}"#, #"{"gone":null}"#, true),
        (#"{"missing":[{"exists":false}]}"#, #"{"other":1}"#, true),
    ]

    @Test(arguments: bodyCases.indices)
    func bodyScope(index: Int) throws {
        let (text, body, expected) = Self.bodyCases[index]
        let policy = try FilterPolicy(text, scope: .messageBody)
        #expect(policy.matches(attributes: [], body: body, scope: .messageBody) == expected, "\(text) on \(body)")
    }

    @Test(arguments: [
        ("not json", "Invalid parameter: FilterPolicy: failed to parse JSON."),
        (#"{"a":"x"}"#, #"Invalid parameter: FilterPolicy: "a" must be an object or an array"#),
        (#"{"a":[]}"#, "Invalid parameter: FilterPolicy: Empty arrays are not allowed"),
        (#"{"a":[{"bogus":1}]}"#, "Invalid parameter: FilterPolicy: Unrecognized match type bogus"),
        (#"{"a":[{"exists":"yes"}]}"#, "Invalid parameter: FilterPolicy: exists match pattern must be either true or false."),
        (#"{"a":[{"numeric":["<","x"]}]}"#, "Invalid parameter: FilterPolicy: Value of < must be numeric"),
        (#"{"a":[{"numeric":["~",1]}]}"#, "Invalid parameter: FilterPolicy: Unrecognized numeric range operator: ~"),
        (#"{"a":[{"numeric":[">",5,"<",1]}]}"#, "Invalid parameter: FilterPolicy: Bottom must be less than top"),
        (#"{"a":[["x"]]}"#, "Invalid parameter: FilterPolicy: Match value must be String, number, true, false, or null"),
        (#"{"a":["1"],"b":["1"],"c":["1"],"d":["1"],"e":["1"],"f":["1"]}"#,
         "Invalid parameter: FilterPolicy: Filter policy can not have more than 5 keys"),
        (#"{"a":{"b":["x"]}}"#, "Invalid parameter: Filter policy scope MessageAttributes does not support nested filter policy"),
    ])
    func invalidPoliciesAreRefused(text: String, message: String) {
        expectAWSError("InvalidParameter", message) { _ = try FilterPolicy(text, scope: .messageAttributes) }
    }

    @Test func tooComplexPoliciesAreRefused() {
        let values = (0..<20).map { "\"v\($0)\"" }.joined(separator: ",")
        let text = "{\"a\":[\(values)],\"b\":[\(values)]}"
        expectAWSError("InvalidParameter", "Invalid parameter: FilterPolicy: Filter policy is too complex") {
            _ = try FilterPolicy(text, scope: .messageAttributes)
        }
    }

    @Test func onlyMatchingSubscribersGetTheMessage() throws {
        let sns = SNSHarness()
        let topic = try sns.createTopic("shop")
        let (orders, ordersArn) = try sns.createQueue("orders")
        let (all, allArn) = try sns.createQueue("all")
        let (big, bigArn) = try sns.createQueue("big")
        try sns.subscribe(topic, "sqs", ordersArn, ["FilterPolicy": #"{"type":["order"]}"#])
        try sns.subscribe(topic, "sqs", allArn)
        try sns.subscribe(topic, "sqs", bigArn, ["FilterPolicyScope": "MessageBody",
                                                 "FilterPolicy": #"{"total":[{"numeric":[">",100]}]}"#])
        try sns.publish(topic, #"{"total":500}"#, ["MessageAttributes": ["type": SNSHarness.stringAttribute("refund")]])
        try sns.publish(topic, #"{"total":5}"#, ["MessageAttributes": ["type": SNSHarness.stringAttribute("order")]])
        #expect(try sns.messages(orders) == [#"{"total":5}"#])
        #expect(try sns.messages(all).count == 2)
        #expect(try sns.messages(big) == [#"{"total":500}"#])
    }

    @Test func subscribeReportsPolicyErrorsAsAttributes() throws {
        let sns = SNSHarness()
        let topic = try sns.createTopic("shop")
        expectAWSError("InvalidParameter", "Invalid parameter: Attributes Reason: FilterPolicy: Empty arrays are not allowed") {
            try sns.subscribe(topic, "sqs", "arn:aws:sqs:us-east-1:123456789012:q", ["FilterPolicy": #"{"a":[]}"#])
        }
        let arn = try sns.subscribe(topic, "sqs", "arn:aws:sqs:us-east-1:123456789012:q",
                                    ["FilterPolicy": #"{"a":{"b":["x"]}}"#, "FilterPolicyScope": "MessageBody"])
        expectAWSError("InvalidParameter") {
            try sns.call("SetSubscriptionAttributes", ["SubscriptionArn": .string(arn), "AttributeName": "FilterPolicyScope",
                                                       "AttributeValue": "MessageAttributes"])
        }
    }
}
