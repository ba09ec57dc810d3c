/// A `cloud` check: a read-only `aws` command whose JSON output a JMESPath query tests.
public struct CloudCheck: Sendable, Equatable {
    /// The command as written, starting with `aws`.
    public var command: String
    /// The command's words after `aws` (quotes removed).
    public var arguments: [String]
    /// Truthy over the output passes; nil means the command only has to succeed.
    public var query: String?
    public var message: String?

    public init(command: String, arguments: [String], query: String? = nil, message: String? = nil) {
        self.command = command
        self.arguments = arguments
        self.query = query
        self.message = message
    }
}
