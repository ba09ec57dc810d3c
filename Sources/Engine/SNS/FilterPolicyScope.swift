/// What a subscription's filter policy looks at: the message attributes (the default) or
/// the message body, which must then be a JSON object.
enum FilterPolicyScope: String, Codable {
    case messageAttributes = "MessageAttributes"
    case messageBody = "MessageBody"
}
