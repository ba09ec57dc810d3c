/// The delivery protocols a subscription can use, with the endpoint each accepts.
enum SubscriptionProtocol: String, Codable, CaseIterable {
    case http, https, email, sqs, sms, lambda, firehose, application
    case emailJSON = "email-json"

    /// Whether `RawMessageDelivery` applies (AWS allows it for queues, HTTP(S) and Firehose).
    var supportsRawDelivery: Bool {
        switch self {
        case .sqs, .http, .https, .firehose: return true
        default: return false
        }
    }

    /// Whether a new subscription waits for the endpoint owner's confirmation.
    var needsConfirmation: Bool {
        switch self {
        case .http, .https, .email, .emailJSON: return true
        default: return false
        }
    }

    /// Checks an endpoint for this protocol, throwing SNS's `InvalidParameter` error.
    func validate(_ endpoint: String) throws {
        switch self {
        case .http:
            if !endpoint.lowercased().hasPrefix("http://") {
                throw SNSErrors.invalidParameter("Endpoint must match the specified protocol")
            }
        case .https:
            if !endpoint.lowercased().hasPrefix("https://") {
                throw SNSErrors.invalidParameter("Endpoint must match the specified protocol")
            }
        case .email, .emailJSON:
            if !Self.isEmail(endpoint) { throw SNSErrors.invalidParameter("Email address") }
        case .sqs:
            if !Self.isArn(endpoint, service: "sqs") { throw SNSErrors.invalidParameter("SQS endpoint ARN") }
        case .lambda:
            if !Self.isArn(endpoint, service: "lambda") { throw SNSErrors.invalidParameter("Lambda endpoint ARN") }
        case .firehose:
            if !Self.isArn(endpoint, service: "firehose") { throw SNSErrors.invalidParameter("Firehose endpoint ARN") }
        case .application:
            if !Self.isArn(endpoint, service: "sns") { throw SNSErrors.invalidParameter("Endpoint ARN") }
        case .sms:
            if !Self.isPhoneNumber(endpoint) { throw SNSErrors.invalidParameter("Invalid SMS endpoint: \(endpoint)") }
        }
    }

    static func isArn(_ text: String, service: String) -> Bool {
        let parts = text.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
        return parts.count == 6 && parts[0] == "arn" && parts[2] == service && !parts[5].isEmpty
    }

    static func isEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !text.contains(" ") else { return false }
        return !parts[1].hasPrefix(".") && !parts[1].hasSuffix(".")
    }

    /// An E.164 number, `+` and 1-15 digits, allowing the separators `.`, `-` and `/` between digits.
    static func isPhoneNumber(_ text: String) -> Bool {
        let digits = text.filter { !".-/".contains($0) }
        guard digits.hasPrefix("+") else { return false }
        let rest = digits.dropFirst()
        return (1...15).contains(rest.count) && rest.allSatisfy(\.isASCII) && rest.allSatisfy(\.isNumber)
            && rest.first != "0"
    }
}
