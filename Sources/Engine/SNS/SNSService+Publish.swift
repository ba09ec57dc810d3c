import Collections
import Foundation

/// `Publish` and `PublishBatch`.
extension SNSService {
    /// The largest message SNS takes: 256 KiB, message attributes included.
    static let maximumMessageSize = 262_144

    func publish(_ input: SNSInput, _ context: RequestContext) throws -> Value {
        let targets = ["TopicArn", "TargetArn", "PhoneNumber"].filter { input.string($0) != nil }
        if targets.isEmpty {
            throw SNSErrors.invalidParameter("TopicArn or TargetArn Reason: no value for required parameter")
        }
        if targets.count > 1 {
            throw SNSErrors.invalidParameter("\(targets[1]) Reason: Only one of TopicArn, TargetArn or PhoneNumber "
                + "may be specified")
        }
        if let phone = input.string("PhoneNumber") {
            guard SubscriptionProtocol.isPhoneNumber(phone) else {
                throw SNSErrors.invalidParameter("PhoneNumber Reason: input incorrectly formatted")
            }
            _ = try Self.request(input, fifo: false, contentBasedDeduplication: false)
            return ["MessageId": .string(context.cloud.ids.uuid())]
        }
        let arn = input.string("TopicArn") ?? input.string("TargetArn") ?? ""
        if input.string("TargetArn") != nil, arn.contains(":endpoint/") {
            throw AWSError("NotFound", "Endpoint does not exist", status: 404)
        }
        let topic = try topic(arn: arn, parameter: targets[0], context)
        let request = try Self.request(input, fifo: topic.fifo, contentBasedDeduplication: topic.contentBasedDeduplication)
        let published = publish(request, to: topic, context)
        var output: Value = ["MessageId": .string(published.messageId)]
        if let sequence = published.sequenceNumber { output["SequenceNumber"] = .string(sequence) }
        return output
    }

    func publishBatch(_ input: SNSInput, _ context: RequestContext) throws -> Value {
        let topic = try topic(arn: try input.requiredString("TopicArn"), context)
        let entries = input["PublishBatchRequestEntries"]?.arrayValue ?? []
        if entries.isEmpty { throw SNSErrors.emptyBatchRequest() }
        if entries.count > 10 { throw SNSErrors.tooManyEntriesInBatchRequest() }
        var seen: Set<String> = []
        var total = 0
        for entry in entries {
            let id = entry["Id"]?.stringValue ?? ""
            let idValid = (1...80).contains(id.count) && id.unicodeScalars.allSatisfy {
                $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_")
            }
            if !idValid { throw SNSErrors.invalidBatchEntryId() }
            if !seen.insert(id).inserted { throw SNSErrors.batchEntryIdsNotDistinct() }
            total += entry["Message"]?.stringValue?.utf8.count ?? 0
        }
        if total > Self.maximumMessageSize { throw SNSErrors.batchRequestTooLong() }
        var successful: [Value] = []
        var failed: [Value] = []
        for entry in entries {
            let id = entry["Id"]?.stringValue ?? ""
            do {
                let request = try Self.request(SNSInput(entry), fifo: topic.fifo,
                                               contentBasedDeduplication: topic.contentBasedDeduplication)
                let published = publish(request, to: topic, context)
                var row: Value = ["Id": .string(id), "MessageId": .string(published.messageId)]
                if let sequence = published.sequenceNumber { row["SequenceNumber"] = .string(sequence) }
                successful.append(row)
            } catch let error as AWSError {
                failed.append(["Id": .string(id), "Code": .string(error.code), "Message": .string(error.message),
                               "SenderFault": .bool(error.fault == .sender)])
            }
        }
        return ["Successful": .array(successful), "Failed": .array(failed)]
    }

    // MARK: - Checking a message

    /// Reads and checks one message (a `Publish` call or a batch entry).
    static func request(_ input: SNSInput, fifo: Bool, contentBasedDeduplication: Bool) throws -> PublishRequest {
        guard let message = input.string("Message"), !message.isEmpty else {
            throw SNSErrors.invalidParameter("Empty message")
        }
        let subject = input.string("Subject")
        if let subject {
            let valid = (1..<100).contains(subject.count) && subject.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0 != "\u{7F}" }
            if !valid { throw SNSErrors.invalidParameter("Subject") }
        }
        var structured: [String: String]?
        if let structure = input.string("MessageStructure") {
            guard structure == "json" else { throw SNSErrors.invalidParameter("MessageStructure") }
            guard let document = try? JSONParser.parse(message), let members = document.objectValue else {
                throw SNSErrors.invalidParameter("Message Structure - JSON message body failed to parse")
            }
            guard members["default"]?.stringValue != nil else {
                throw SNSErrors.invalidParameter("Message Structure - No default entry in JSON message body")
            }
            structured = [:]
            for (key, value) in members {
                guard let text = value.stringValue else {
                    throw SNSErrors.invalidParameter("Message Structure - JSON message body failed to parse")
                }
                structured?[key] = text
            }
        }
        let attributes = try SNSMessageAttributes.parse(input["MessageAttributes"])
        let groupId = input.string("MessageGroupId")
        var deduplicationId = input.string("MessageDeduplicationId")
        if let groupId { try checkToken(groupId, "MessageGroupId") }
        if let deduplicationId { try checkToken(deduplicationId, "MessageDeduplicationId") }
        let request = PublishRequest(message: message, subject: subject, structured: structured,
                                     attributes: attributes, groupId: groupId, deduplicationId: deduplicationId)
        if request.size > maximumMessageSize { throw SNSErrors.invalidParameter("Message too long") }
        if fifo {
            if groupId == nil {
                throw SNSErrors.invalidParameter("The MessageGroupId parameter is required for FIFO topics")
            }
            if deduplicationId == nil {
                guard contentBasedDeduplication else {
                    throw SNSErrors.invalidParameter("The topic should either have ContentBasedDeduplication enabled "
                        + "or MessageDeduplicationId provided explicitly")
                }
                deduplicationId = MessageMD5.sha256(message)
            }
        } else if deduplicationId != nil {
            throw SNSErrors.invalidParameter("MessageDeduplicationId Reason: The request includes "
                + "MessageDeduplicationId parameter that is not valid for this topic type")
        }
        var checked = request
        checked.deduplicationId = deduplicationId
        return checked
    }

    /// Group and deduplication ids: 1-128 letters, digits and punctuation.
    private static func checkToken(_ value: String, _ parameter: String) throws {
        let valid = (1...128).contains(value.utf8.count) && value.utf8.allSatisfy { $0 > 0x20 && $0 < 0x7F }
        if !valid {
            throw SNSErrors.invalidParameter("\(parameter) Reason: \(parameter) can only include alphanumeric and "
                + "punctuation characters. 1 to 128 in length.")
        }
    }
}
