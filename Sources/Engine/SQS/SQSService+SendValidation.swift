import Foundation

/// Checking a message before it is sent: body characters, attributes, delays, group and
/// deduplication ids, size.
extension SQSService {
    /// Checks one message (a `SendMessage` call or a batch entry) against the queue.
    func validate(_ input: SQSInput, body: String, queue: Queue, batchEntry: Bool) throws -> OutgoingMessage {
        try Self.checkCharacters(body)
        let attributes = try Self.messageAttributes(input["MessageAttributes"])
        let traceHeader = try Self.traceHeader(input["MessageSystemAttributes"])
        let delay = try input.int("DelaySeconds")
        if let delay {
            if !(0...900).contains(delay) {
                throw SQSErrors.invalidParameter(String(delay), "DelaySeconds", reason: "Must be >= 0 and <= 900, if provided.")
            }
            if queue.isFifo, delay != 0 {
                throw SQSErrors.invalidParameter(String(delay), "DelaySeconds",
                    reason: "The request include parameter that is not valid for this queue type.")
            }
        }
        let groupId = input.string("MessageGroupId")
        if let groupId { try Self.checkToken(groupId, "MessageGroupId") }
        let deduplicationId = input.string("MessageDeduplicationId")
        if let deduplicationId {
            guard queue.isFifo else {
                throw SQSErrors.invalidParameter(deduplicationId, "MessageDeduplicationId",
                    reason: "The request include parameter that is not valid for this queue type.")
            }
            try Self.checkToken(deduplicationId, "MessageDeduplicationId")
        }
        if queue.isFifo {
            if groupId == nil { throw SQSErrors.missingParameter("MessageGroupId") }
            if deduplicationId == nil, !queue.attributes.contentBasedDeduplication { throw Self.missingDeduplicationId() }
        }
        let size = body.utf8.count + attributes.reduce(0) { $0 + $1.size }
        if size > queue.attributes.maximumMessageSize {
            throw SQSErrors.messageTooLong(limit: queue.attributes.maximumMessageSize, batchEntry: batchEntry)
        }
        return OutgoingMessage(body: body, attributes: attributes, traceHeader: traceHeader, delaySeconds: delay,
                               groupId: groupId, deduplicationId: deduplicationId, size: size)
    }

    /// Message bodies may hold only the characters XML allows.
    static func checkCharacters(_ body: String) throws {
        var simple = true
        for byte in body.utf8 where byte < 0x20 || byte >= 0x7F {
            if byte == 0x09 || byte == 0x0A || byte == 0x0D { continue }
            simple = false
            break
        }
        if simple { return }
        for scalar in body.unicodeScalars {
            let v = scalar.value
            let allowed = v == 0x9 || v == 0xA || v == 0xD || (0x20...0xD7FF).contains(v)
                || (0xE000...0xFFFD).contains(v) || v >= 0x10000
            if !allowed { throw SQSErrors.invalidMessageContents(scalar) }
        }
    }

    /// Group and deduplication ids: 1-128 letters, digits and punctuation.
    static func checkToken(_ value: String, _ parameter: String) throws {
        var count = 0
        var printable = true
        for byte in value.utf8 {
            count += 1
            if byte <= 0x20 || byte >= 0x7F { printable = false }
        }
        let valid = printable && (1...128).contains(count)
        if !valid {
            throw SQSErrors.invalidParameter(value, parameter, reason:
                "\(parameter) can only include alphanumeric and punctuation characters. 1 to 128 in length.")
        }
    }

    static func binaryData(_ value: Value) -> Data {
        switch value {
        case .blob(let data): return data
        case .string(let text): return Data(base64Encoded: text) ?? Data(text.utf8)
        default: return Data()
        }
    }

    /// The `MessageAttributes` map, checked as SQS checks it.
    static func messageAttributes(_ map: Value?) throws -> [MessageAttribute] {
        guard let members = map?.objectValue, !members.isEmpty else { return [] }
        if members.count > 10 {
            throw SQSErrors.invalidParameterValue(
                "Number of message attributes [\(members.count)] exceeds the allowed maximum [10].")
        }
        var result: [MessageAttribute] = []
        for (name, spec) in members {
            try checkAttributeName(name)
            guard let dataType = spec["DataType"]?.stringValue, !dataType.isEmpty else {
                throw SQSErrors.invalidParameterValue("The message attribute '\(name)' must contain non-empty message attribute type.")
            }
            let base = dataType.split(separator: ".", maxSplits: 1).first.map(String.init) ?? dataType
            switch base {
            case "String", "Number":
                guard let text = spec["StringValue"]?.stringValue, !text.isEmpty else {
                    throw SQSErrors.invalidParameterValue(
                        "Message (user) attribute '\(name)' must contain a non-empty value of type '\(base)'.")
                }
                if base == "Number", Double(text).map({ !$0.isFinite }) ?? true {
                    throw SQSErrors.invalidParameterValue("Can't cast the value of message (user) attribute '\(name)' to a number.")
                }
                try checkCharacters(text)
                result.append(MessageAttribute(name: name, dataType: dataType, stringValue: text, binaryValue: nil))
            case "Binary":
                let data = spec["BinaryValue"].map(binaryData) ?? Data()
                guard !data.isEmpty else {
                    throw SQSErrors.invalidParameterValue(
                        "Message (user) attribute '\(name)' must contain a non-empty value of type 'Binary'.")
                }
                result.append(MessageAttribute(name: name, dataType: dataType, stringValue: nil, binaryValue: data))
            default:
                throw SQSErrors.invalidParameterValue("The type of message (user) attribute '\(name)' is invalid. "
                    + "You must use only the following supported type prefixes: Binary, Number, String.")
            }
        }
        return result
    }

    /// Attribute names: letters, digits, `_`, `-` and `.`, up to 256, no leading, trailing or
    /// doubled period, no `AWS.` or `Amazon.` prefix.
    static func checkAttributeName(_ name: String) throws {
        let lower = name.lowercased()
        if lower.hasPrefix("aws.") || lower.hasPrefix("amazon.") {
            throw SQSErrors.invalidParameterValue("Message (user) attribute name '\(name)' is reserved for use by Amazon SQS.")
        }
        let charactersValid = name.unicodeScalars.allSatisfy {
            $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "-" || $0 == ".")
        }
        if name.isEmpty || name.count > 256 || !charactersValid || name.hasPrefix(".") || name.hasSuffix(".")
            || name.contains("..") {
            throw SQSErrors.invalidParameterValue("Message (user) attribute name '\(name)' is invalid. The attribute name "
                + "can contain alphanumeric characters and the underscore (_), hyphen (-), and period (.). It must not "
                + "start or end with a period, or have successive periods, and must be 256 characters or fewer.")
        }
    }

    /// The only system attribute a producer may send: `AWSTraceHeader`, a string.
    static func traceHeader(_ map: Value?) throws -> String? {
        guard let members = map?.objectValue, !members.isEmpty else { return nil }
        var header: String?
        for (name, spec) in members {
            guard name == "AWSTraceHeader" else {
                throw SQSErrors.invalidParameterValue("Message system attribute name '\(name)' is invalid.")
            }
            guard spec["DataType"]?.stringValue == "String", let text = spec["StringValue"]?.stringValue,
                  !text.isEmpty else {
                throw SQSErrors.invalidParameterValue("Message system attribute 'AWSTraceHeader' must be of type String "
                    + "and contain a non-empty value.")
            }
            header = text
        }
        return header
    }
}
