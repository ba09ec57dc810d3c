import Foundation

/// Reading and checking the `MessageAttributes` of a publish: `String`, `String.Array`,
/// `Number` and `Binary` values, with SNS's messages.
enum SNSMessageAttributes {
    static func parse(_ map: Value?) throws -> [MessageAttribute] {
        guard let members = map?.objectValue else { return [] }
        var result: [MessageAttribute] = []
        for (name, spec) in members {
            try checkName(name)
            guard let dataType = spec["DataType"]?.stringValue, !dataType.isEmpty else {
                throw SNSErrors.parameterValueInvalid("The message attribute '\(name)' must contain non-empty message "
                    + "attribute type.")
            }
            let base = dataType.hasPrefix("String.Array") ? "String.Array"
                : dataType.split(separator: ".", maxSplits: 1).first.map(String.init) ?? dataType
            switch base {
            case "String", "Number", "String.Array":
                guard let text = spec["StringValue"]?.stringValue, !text.isEmpty else {
                    throw SNSErrors.parameterValueInvalid("The message attribute '\(name)' must contain non-empty "
                        + "message attribute value for message attribute type '\(base)'.")
                }
                if base == "Number", Double(text).map({ !$0.isFinite }) ?? true {
                    throw SNSErrors.parameterValueInvalid("Could not cast message attribute '\(name)' value to number.")
                }
                if base == "String.Array", !isArray(text) {
                    throw SNSErrors.invalidParameter("Message attribute '\(name)' must be a valid JSON array of "
                        + "strings, numbers, true, false or null")
                }
                result.append(MessageAttribute(name: name, dataType: dataType, stringValue: text, binaryValue: nil))
            case "Binary":
                let data = spec["BinaryValue"].map(SQSService.binaryData) ?? Data()
                guard !data.isEmpty else {
                    throw SNSErrors.parameterValueInvalid("The message attribute '\(name)' must contain non-empty "
                        + "message attribute value for message attribute type 'Binary'.")
                }
                result.append(MessageAttribute(name: name, dataType: dataType, stringValue: nil, binaryValue: data))
            default:
                throw SNSErrors.parameterValueInvalid("The message attribute '\(name)' has an invalid message attribute "
                    + "type, the set of supported type prefixes is Binary, Number, and String.")
            }
        }
        return result
    }

    private static func isArray(_ text: String) -> Bool {
        guard let items = (try? JSONParser.parse(text))?.arrayValue else { return false }
        return items.allSatisfy {
            switch $0 {
            case .string, .int, .double, .bool, .null: return true
            default: return false
            }
        }
    }

    /// Names: up to 256 letters, digits, `_`, `-` and `.`, no leading, trailing or doubled period,
    /// no `AWS.` or `Amazon.` prefix.
    static func checkName(_ name: String) throws {
        let lower = name.lowercased()
        let characters = name.unicodeScalars.allSatisfy {
            $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "_-.".unicodeScalars.contains($0))
        }
        if name.isEmpty || name.count > 256 || !characters || name.hasPrefix(".") || name.hasSuffix(".")
            || name.contains("..") || lower.hasPrefix("aws.") || lower.hasPrefix("amazon.") {
            throw SNSErrors.parameterValueInvalid("The message attribute name '\(name)' is invalid.")
        }
    }
}
