import JSONValue

/// An operation of a service model, with the CLI's names for it and its arguments.
public struct Operation: Sendable {
    public var name: String
    /// `send-message`: the operation's name on the command line.
    public var cliName: String
    public var input: String?
    public var output: String?
    public var errors: [String]
    /// Input member name → CLI argument name without dashes (`QueueUrl` → `queue-url`).
    public var cliArguments: [String: String]
    public var deprecated: Bool
    /// The paginator, when the CLI pages through this operation's results.
    public var paginator: Paginator?
    /// Whether the operation's HTTP method is GET/HEAD (read-only by convention).
    public var httpMethod: String

    init(name: String, _ v: Value) {
        self.name = name
        cliName = v.string("cliName") ?? name
        input = v["input"]?.string("shape")
        output = v["output"]?.string("shape")
        errors = v.array("errors").compactMap { $0.string("shape") }
        var args: [String: String] = [:]
        for (k, a) in v["cliArguments"]?.objectValue ?? [:] { args[k] = a.stringValue }
        cliArguments = args
        deprecated = v.bool("deprecated") ?? false
        paginator = v["paginator"].map(Paginator.init)
        httpMethod = v["http"]?.string("method") ?? "POST"
    }
}

/// How the CLI pages through an operation: which input token, which output token, which
/// results to merge.
public struct Paginator: Sendable {
    public var inputTokens: [String]
    public var outputTokens: [String]
    public var limitKey: String?
    public var resultKeys: [String]
    public var moreResults: String?
    /// Members copied from the first page into the merged result.
    public var nonAggregateKeys: [String]

    init(_ v: Value) {
        func strings(_ key: String) -> [String] {
            if let s = v.string(key) { return [s] }
            return v.strings(key)
        }
        inputTokens = strings("input_token")
        outputTokens = strings("output_token")
        limitKey = v.string("limit_key")
        resultKeys = strings("result_key")
        moreResults = v.string("more_results")
        nonAggregateKeys = strings("non_aggregate_keys")
    }
}
