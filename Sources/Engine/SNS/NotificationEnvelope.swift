import Foundation

/// The JSON document SNS delivers to a queue (without raw delivery): the message and its
/// metadata, in AWS's field order and layout (two-space indent, `" : "` between name and value,
/// message attributes compact).
struct NotificationEnvelope {
    var messageId: String
    var sequenceNumber: String?
    var topicArn: String
    var subject: String?
    var message: String
    var timestamp: Double
    /// `1` (SHA1withRSA, the default) or `2` (SHA256withRSA), from the topic's `SignatureVersion`.
    var signatureVersion: String
    var signature: String
    var subscriptionArn: String
    var region: String
    var attributes: [MessageAttribute]

    /// The certificate file SNS signs with (one per region in the lab).
    static let certificateName = "SimpleNotificationService-9c6465fa7f48f5cacd23014631ec1136.pem"

    var text: String {
        var fields: [(String, String)] = [("Type", "Notification"), ("MessageId", messageId)]
        if let sequenceNumber { fields.append(("SequenceNumber", sequenceNumber)) }
        fields.append(("TopicArn", topicArn))
        if let subject { fields.append(("Subject", subject)) }
        fields += [
            ("Message", message),
            ("Timestamp", Self.timestamp(timestamp)),
            ("SignatureVersion", signatureVersion),
            ("Signature", signature),
            ("SigningCertURL", "https://sns.\(region).amazonaws.com/\(Self.certificateName)"),
            ("UnsubscribeURL", "https://sns.\(region).amazonaws.com/?Action=Unsubscribe&SubscriptionArn=\(subscriptionArn)"),
        ]
        var lines = fields.map { "  \(Self.quoted($0.0)) : \(Self.quoted($0.1))" }
        if !attributes.isEmpty {
            let entries = attributes.map { attribute -> String in
                let value = attribute.binaryValue?.base64EncodedString() ?? attribute.stringValue ?? ""
                return "    \(Self.quoted(attribute.name)) : {\"Type\":\(Self.quoted(attribute.dataType)),"
                    + "\"Value\":\(Self.quoted(value))}"
            }
            lines.append("  \"MessageAttributes\" : {\n" + entries.joined(separator: ",\n") + "\n  }")
        }
        return "{\n" + lines.joined(separator: ",\n") + "\n}"
    }

    /// `2026-11-26T03:16:07.123Z`.
    static func timestamp(_ seconds: Double) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: Date(timeIntervalSince1970: seconds))
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped, other
    /// characters kept as they are.
    static func quoted(_ text: String) -> String { JSONWriter.compact(.string(text)) }
}
