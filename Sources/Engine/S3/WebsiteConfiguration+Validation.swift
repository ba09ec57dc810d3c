/// S3's checks of a website configuration, in the order S3 applies them: a redirect of
/// every request stands alone; otherwise an index document is required, and each routing
/// rule's redirect, then its condition, must be well formed.
extension WebsiteConfiguration {
    /// The most routing rules a configuration may hold.
    static let routingRuleLimit = 50
    /// The redirect codes S3 accepts (3XX except 300 and the unused 306).
    static let redirectCodes: Set<Int> = [301, 302, 303, 304, 305, 307, 308]
    /// The error codes a condition may name: 400-417 and 500-505.
    static let errorCodes: Set<Int> = Set(400...417).union(500...505)
    static let protocols: Set<String> = ["http", "https"]

    func validate() throws {
        if let redirectAll {
            guard indexSuffix == nil, errorKey == nil, routingRules.isEmpty, !redirectAll.hostName.isEmpty else {
                throw S3Error.malformedXML
            }
            try Self.checkProtocol(redirectAll.redirectProtocol)
            return
        }
        guard let indexSuffix else { throw S3Error.missingIndexDocument }
        if indexSuffix.isEmpty || indexSuffix.contains("/") { throw S3Error.invalidIndexDocumentSuffix }
        if errorKey?.isEmpty == true { throw S3Error.invalidErrorDocumentKey }
        if routingRules.count > Self.routingRuleLimit { throw S3Error.tooManyRoutingRules(routingRules.count) }
        for rule in routingRules {
            try Self.check(rule.redirect)
            if let condition = rule.condition { try Self.check(condition) }
        }
    }

    private static func check(_ redirect: WebsiteRoutingRule.Redirect) throws {
        let given = [redirect.hostName, redirect.httpRedirectCode, redirect.redirectProtocol,
                     redirect.replaceKeyPrefixWith, redirect.replaceKeyWith].compactMap(\.self).filter { !$0.isEmpty }
        if given.isEmpty { throw S3Error.malformedXML }
        if redirect.replaceKeyWith?.isEmpty == false, redirect.replaceKeyPrefixWith?.isEmpty == false {
            throw S3Error.bothReplaceKeyAndPrefix
        }
        try checkProtocol(redirect.redirectProtocol)
        if let text = redirect.httpRedirectCode, !text.isEmpty {
            guard let code = Int(text) else { throw S3Error.malformedXML }
            guard redirectCodes.contains(code) else { throw S3Error.invalidRedirectCode(code) }
        }
    }

    private static func check(_ condition: WebsiteRoutingRule.Condition) throws {
        let errorCode = condition.httpErrorCodeReturnedEquals ?? ""
        if errorCode.isEmpty, condition.keyPrefixEquals?.isEmpty ?? true { throw S3Error.emptyRoutingCondition }
        if !errorCode.isEmpty {
            guard let code = Int(errorCode) else { throw S3Error.malformedXML }
            guard errorCodes.contains(code) else { throw S3Error.invalidErrorCode(code) }
        }
    }

    private static func checkProtocol(_ scheme: String?) throws {
        if let scheme, !scheme.isEmpty, !protocols.contains(scheme) { throw S3Error.invalidRedirectProtocol }
    }
}
