/// Whether a resource policy (an SQS queue's `Policy`) lets an AWS service principal such as
/// `sns.amazonaws.com` perform an action, with the request's `aws:SourceArn` and
/// `aws:SourceAccount`. An explicit deny wins; no matching allow means no access, as in IAM.
struct ServicePrincipalGrant {
    var service: String
    var action: String
    var resource: String
    var sourceArn: String
    var sourceAccount: String

    func isAllowed(by policyText: String?) -> Bool {
        guard let text = policyText, let policy = try? JSONParser.parse(text) else { return false }
        let statements: [Value]
        switch policy["Statement"] {
        case .array(let items)?: statements = items
        case .object?: statements = policy["Statement"].map { [$0] } ?? []
        default: return false
        }
        var allowed = false
        for statement in statements where applies(statement) {
            switch statement["Effect"]?.stringValue {
            case "Deny": return false
            case "Allow": allowed = true
            default: continue
            }
        }
        return allowed
    }

    private func applies(_ statement: Value) -> Bool {
        guard let principal = statement["Principal"], principalMatches(principal),
              let action = statement["Action"], Self.strings(action).contains(where: { actionMatches($0) }),
              let resource = statement["Resource"],
              Self.strings(resource).contains(where: { WildcardPattern($0).matches(self.resource) })
        else { return false }
        return conditionHolds(statement["Condition"])
    }

    private func principalMatches(_ principal: Value) -> Bool {
        if principal.stringValue == "*" { return true }
        if Self.strings(principal["AWS"] ?? .null).contains("*") { return true }
        return Self.strings(principal["Service"] ?? .null).contains(service)
    }

    private func conditionHolds(_ condition: Value?) -> Bool {
        guard let operators = condition?.objectValue else { return true }
        for (op, tests) in operators {
            for (key, expected) in tests.objectValue ?? [:] {
                let actual: String
                switch key.lowercased() {
                case "aws:sourcearn": actual = sourceArn
                case "aws:sourceaccount", "aws:sourceowner": actual = sourceAccount
                default: return false
                }
                let values = Self.strings(expected)
                let holds: Bool
                switch op.replacingOccurrences(of: "IfExists", with: "") {
                case "ArnEquals", "StringEquals": holds = values.contains(actual)
                case "StringEqualsIgnoreCase": holds = values.contains { $0.lowercased() == actual.lowercased() }
                case "ArnLike", "StringLike": holds = values.contains { WildcardPattern($0).matches(actual) }
                case "ArnNotEquals", "StringNotEquals": holds = !values.contains(actual)
                case "ArnNotLike", "StringNotLike":
                    holds = !values.contains { WildcardPattern($0).matches(actual) }
                default: holds = false
                }
                if !holds { return false }
            }
        }
        return true
    }

    private static func strings(_ value: Value) -> [String] {
        if let s = value.stringValue { return [s] }
        return value.arrayValue?.compactMap(\.stringValue) ?? []
    }

    /// An action pattern (`sqs:SendMessage`, `SQS:*`, `*`) against `sqs:ACTION`, ignoring case.
    private func actionMatches(_ pattern: String) -> Bool {
        WildcardPattern(pattern, ignoreCase: true).matches(self.action)
    }
}
