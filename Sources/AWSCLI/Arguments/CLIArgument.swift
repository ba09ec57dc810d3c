/// One `--option` of an operation on the command line: a member of the input shape, or one
/// of the options the CLI adds (`--cli-input-json`, `--generate-cli-skeleton`, paging).
public struct CLIArgument: Sendable {
    public enum Kind: Sendable, Equatable {
        /// One value: `--queue-url URL`.
        case single
        /// One or more values: `--attribute-names All ApproximateNumberOfMessages`.
        case list
        /// A boolean member: `--x` sets true, `--no-x` sets false.
        case flag(Bool)
        /// An option the CLI adds rather than the model.
        case special
    }

    /// Without dashes: `queue-url`.
    public var name: String
    /// The input member it fills, nil for special options.
    public var member: String?
    public var shape: Shape?
    public var kind: Kind
    public var required: Bool
    /// A streaming blob (S3 `--body`): the value is a path to a local file.
    public var streaming: Bool

    public var option: String { "--\(name)" }
}
