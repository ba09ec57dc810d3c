/// Reading the `WebsiteConfiguration` of a `PutBucketWebsite` request. Members of the wrong
/// type, required members left out and an empty `RoutingRules` do not fit S3's XML schema
/// (`MalformedXML`); what fits is then checked as S3 checks it (`validate()`).
extension WebsiteConfiguration {
    init(request: Value?) throws {
        guard let request, request.objectValue != nil else { throw S3Error.malformedXML }
        if let index = try Self.structure(request, "IndexDocument") {
            indexSuffix = try Self.text(index, "Suffix", required: true)
        }
        if let error = try Self.structure(request, "ErrorDocument") {
            errorKey = try Self.text(error, "Key", required: true)
        }
        if let redirect = try Self.structure(request, "RedirectAllRequestsTo") {
            redirectAll = RedirectAll(
                hostName: try Self.text(redirect, "HostName", required: true) ?? "",
                redirectProtocol: try Self.text(redirect, "Protocol"))
        }
        if let rules = request["RoutingRules"] {
            guard let items = rules.arrayValue, !items.isEmpty else { throw S3Error.malformedXML }
            routingRules = try items.map(Self.routingRule)
        }
        try validate()
    }

    private static func routingRule(_ rule: Value) throws -> WebsiteRoutingRule {
        guard rule.objectValue != nil, let redirect = try structure(rule, "Redirect") else {
            throw S3Error.malformedXML
        }
        var condition: WebsiteRoutingRule.Condition?
        if let given = try structure(rule, "Condition") {
            condition = WebsiteRoutingRule.Condition(
                httpErrorCodeReturnedEquals: try text(given, "HttpErrorCodeReturnedEquals"),
                keyPrefixEquals: try text(given, "KeyPrefixEquals"))
        }
        return WebsiteRoutingRule(
            condition: condition,
            redirect: WebsiteRoutingRule.Redirect(
                hostName: try text(redirect, "HostName"), httpRedirectCode: try text(redirect, "HttpRedirectCode"),
                redirectProtocol: try text(redirect, "Protocol"),
                replaceKeyPrefixWith: try text(redirect, "ReplaceKeyPrefixWith"),
                replaceKeyWith: try text(redirect, "ReplaceKeyWith")))
    }

    /// A structure member: nil when absent.
    private static func structure(_ parent: Value, _ name: String) throws -> Value? {
        guard let value = parent[name] else { return nil }
        guard value.objectValue != nil else { throw S3Error.malformedXML }
        return value
    }

    /// A string member: nil when absent (an error when `required`).
    private static func text(_ parent: Value, _ name: String, required: Bool = false) throws -> String? {
        guard let value = parent[name] else {
            if required { throw S3Error.malformedXML }
            return nil
        }
        guard let text = value.stringValue else { throw S3Error.malformedXML }
        return text
    }
}
