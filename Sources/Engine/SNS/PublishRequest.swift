/// A message a publisher asked to send to a topic, validated but not yet delivered.
struct PublishRequest {
    var message: String
    var subject: String?
    /// The per-protocol messages of `MessageStructure=json` (`default`, `sqs`, ...).
    var structured: [String: String]?
    var attributes: [MessageAttribute]
    var groupId: String?
    var deduplicationId: String?

    /// The message a subscription of that protocol receives.
    func message(for kind: SubscriptionProtocol) -> String {
        structured?[kind.rawValue] ?? structured?["default"] ?? message
    }

    /// The size SNS's 256 KiB limit counts: the message and the attributes' names, types and values.
    var size: Int {
        message.utf8.count + attributes.reduce(0) { $0 + $1.size }
    }
}
