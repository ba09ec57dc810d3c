/// A subscription's filter policy: a JSON object whose keys name message attributes (or body
/// properties) and whose arrays list the conditions any one of which must match. Keys are
/// ANDed; `$or` holds alternatives. Parsed and checked as SNS checks it.
struct FilterPolicy: Codable, Equatable {
    /// The policy as the subscriber gave it (returned by `GetSubscriptionAttributes`).
    let text: String
    let document: Value

    /// The largest number of keys at the top level.
    static let maximumKeys = 5
    /// The largest number of value combinations.
    static let maximumCombinations = 150

    /// Parses and checks a policy; `context` prefixes the error messages (`FilterPolicy: `).
    init(_ text: String, scope: FilterPolicyScope, context: String = "FilterPolicy: ") throws {
        func fail(_ reason: String) -> AWSError { SNSErrors.invalidParameter(context + reason) }
        guard let document = try? JSONParser.parse(text) else { throw fail("failed to parse JSON.") }
        guard case .object(let members) = document else { throw fail("Filter policy must be a JSON object") }
        if members.count > Self.maximumKeys {
            throw fail("Filter policy can not have more than \(Self.maximumKeys) keys")
        }
        let combinations = try Self.check(document, scope: scope, depth: 1, fail: fail)
        if combinations > Self.maximumCombinations { throw fail("Filter policy is too complex") }
        self.text = text
        self.document = document
    }

    /// Checks one level of the policy and returns how many value combinations it makes.
    private static func check(_ level: Value, scope: FilterPolicyScope, depth: Int,
                              fail: (String) -> AWSError) throws -> Int {
        guard case .object(let members) = level else { throw fail("Filter policy must be a JSON object") }
        var combinations = 1
        for (key, value) in members {
            switch value {
            case .object:
                guard scope == .messageBody else {
                    throw SNSErrors.invalidParameter("Filter policy scope MessageAttributes does not support nested filter policy")
                }
                combinations *= try check(value, scope: scope, depth: depth + 1, fail: fail)
            case .array(let items):
                if items.isEmpty { throw fail("Empty arrays are not allowed") }
                if key == "$or" {
                    var sum = 0
                    for item in items { sum += try check(item, scope: scope, depth: depth + 1, fail: fail) }
                    combinations *= max(sum, 1)
                } else {
                    for item in items { try FilterCondition.check(item, fail: fail) }
                    combinations *= items.count * depth
                }
            default:
                throw fail("\"\(key)\" must be an object or an array")
            }
        }
        return combinations
    }

    // MARK: - Matching

    /// Whether a message passes the policy.
    func matches(attributes: [MessageAttribute], body: String, scope: FilterPolicyScope) -> Bool {
        switch scope {
        case .messageAttributes:
            var values: [String: [Value]] = [:]
            for attribute in attributes { values[attribute.name] = Self.filterValues(attribute) }
            return Self.matchAttributes(document, values)
        case .messageBody:
            guard let parsed = try? JSONParser.parse(body), case .object = parsed else { return false }
            return Self.matchBody(document, parsed)
        }
    }

    /// The values a filter compares an attribute by: a string, a number, or a `String.Array`'s items.
    static func filterValues(_ attribute: MessageAttribute) -> [Value] {
        let type = attribute.dataType
        guard let text = attribute.stringValue else { return [] }
        if type.hasPrefix("String.Array") {
            return (try? JSONParser.parse(text))?.arrayValue ?? []
        }
        if type.hasPrefix("Number") { return Double(text).map { [.double($0)] } ?? [] }
        if type.hasPrefix("String") { return [.string(text)] }
        return []
    }

    private static func matchAttributes(_ level: Value, _ values: [String: [Value]]) -> Bool {
        for (key, rule) in level.objectValue ?? [:] {
            let items = rule.arrayValue ?? []
            if key == "$or" {
                if !items.contains(where: { matchAttributes($0, values) }) { return false }
                continue
            }
            let found = values[key]
            if !items.contains(where: { FilterCondition.matches($0, values: found ?? [], present: found != nil) }) {
                return false
            }
        }
        return true
    }

    private static func matchBody(_ level: Value, _ body: Value) -> Bool {
        for (key, rule) in level.objectValue ?? [:] {
            switch rule {
            case .object:
                guard let nested = body[key], case .object = nested, matchBody(rule, nested) else { return false }
            case .array(let items) where key == "$or":
                if !items.contains(where: { matchBody($0, body) }) { return false }
            case .array(let items):
                let found = body[key]
                let values: [Value]
                switch found {
                case .array(let elements)?: values = elements
                case .object?: values = []
                case let scalar?: values = [scalar]
                case nil: values = []
                }
                if !items.contains(where: { FilterCondition.matches($0, values: values, present: found != nil) }) {
                    return false
                }
            default:
                return false
            }
        }
        return true
    }
}
