/// A bucket's static website configuration (`PutBucketWebsite`): either an index document
/// with an optional error document and routing rules, or a redirect of every request to
/// another host (`RedirectAllRequestsTo`), never both.
struct WebsiteConfiguration: Codable, Sendable, Equatable {
    /// `RedirectAllRequestsTo`: the host (and protocol) every request is sent on to.
    struct RedirectAll: Codable, Sendable, Equatable {
        var hostName: String
        /// `http` or `https`; nil keeps the protocol of the original request.
        var redirectProtocol: String?
    }

    /// The `IndexDocument` suffix (nil when every request is redirected).
    var indexSuffix: String?
    /// The `ErrorDocument` key served on 4XX errors.
    var errorKey: String?
    var redirectAll: RedirectAll?
    var routingRules: [WebsiteRoutingRule] = []

    /// The `GetBucketWebsite` output: members in the order of the model's output shape,
    /// as the AWS CLI prints them.
    var outputValue: Value {
        var members: [(String, Value)] = []
        if let redirectAll {
            var redirect: [(String, Value)] = [("HostName", .string(redirectAll.hostName))]
            if let scheme = redirectAll.redirectProtocol { redirect.append(("Protocol", .string(scheme))) }
            members.append(("RedirectAllRequestsTo", Value.s3Object(redirect)))
        }
        if let indexSuffix { members.append(("IndexDocument", ["Suffix": .string(indexSuffix)])) }
        if let errorKey { members.append(("ErrorDocument", ["Key": .string(errorKey)])) }
        if !routingRules.isEmpty { members.append(("RoutingRules", .array(routingRules.map(\.outputValue)))) }
        return Value.s3Object(members)
    }
}
