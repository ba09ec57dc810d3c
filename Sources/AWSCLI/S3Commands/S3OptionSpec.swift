import JSONValue

/// One option of an `aws s3` subcommand, as its argument table declares it.
struct S3OptionSpec: Sendable {
    /// How many values the option takes (argparse's `action`/`nargs`).
    enum Arity: Sendable, Equatable {
        /// `store_true` (or `store_false` for a `--no-...` option): no value.
        case flag
        /// Exactly one value; the last one given wins.
        case value
        /// `nargs='?'`: a value if one follows, else the constant.
        case optionalValue(String)
        /// `--exclude` / `--include`: one value, kept with the other filters in order.
        case filter(S3FilterRule.Kind)
        /// `nargs=2`, appended (`--tags key value`).
        case pair
        /// `nargs='+'`: every following value (`--grants`).
        case oneOrMore
    }

    let name: String
    let arity: Arity
    let choices: [String]?

    init(_ name: String, _ arity: Arity = .value, choices: [String]? = nil) {
        self.name = name
        self.arity = arity
        self.choices = choices
    }

    var option: String { "--" + name }
}
