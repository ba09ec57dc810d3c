/// One routing rule of a website configuration: a redirect, applied to the requests that
/// meet its condition (every request when there is none).
struct WebsiteRoutingRule: Codable, Sendable, Equatable {
    /// When the rule applies: a key prefix, an HTTP error code, or both.
    struct Condition: Codable, Sendable, Equatable {
        var httpErrorCodeReturnedEquals: String?
        var keyPrefixEquals: String?
    }

    /// Where a matching request goes; members left out keep the request's own value.
    struct Redirect: Codable, Sendable, Equatable {
        var hostName: String?
        var httpRedirectCode: String?
        /// `http` or `https`.
        var redirectProtocol: String?
        var replaceKeyPrefixWith: String?
        var replaceKeyWith: String?
    }

    var condition: Condition?
    var redirect: Redirect

    /// A `RoutingRule` of the `GetBucketWebsite` output, in the model's member order.
    var outputValue: Value {
        var members: [(String, Value)] = []
        if let condition {
            members.append(("Condition", Self.object([
                ("HttpErrorCodeReturnedEquals", condition.httpErrorCodeReturnedEquals),
                ("KeyPrefixEquals", condition.keyPrefixEquals),
            ])))
        }
        members.append(("Redirect", Self.object([
            ("HostName", redirect.hostName), ("HttpRedirectCode", redirect.httpRedirectCode),
            ("Protocol", redirect.redirectProtocol), ("ReplaceKeyPrefixWith", redirect.replaceKeyPrefixWith),
            ("ReplaceKeyWith", redirect.replaceKeyWith),
        ])))
        return Value.s3Object(members)
    }

    /// An object of the string members that are present, in the given order.
    private static func object(_ members: [(String, String?)]) -> Value {
        Value.s3Object(members.compactMap { name, value in value.map { (name, .string($0)) } })
    }
}
