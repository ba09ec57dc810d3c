/// The options a builtin accepts, GNU style: clustered short flags (`-rf`), short options
/// with a value (`-n 5`, `-n5`), long options (`--lines=5`, `--lines 5`, unique prefixes),
/// `--` ending options, and operands mixed with options.
struct BuiltinOptionSpec {
    /// A long option: the short option it stands for, and whether it takes a value.
    struct LongOption {
        var short: Character
        var takesValue: Bool

        static func flag(_ short: Character) -> LongOption { LongOption(short: short, takesValue: false) }
        static func value(_ short: Character) -> LongOption { LongOption(short: short, takesValue: true) }
    }

    var command: String
    /// Short options without a value.
    var flags: String = ""
    /// Short options that take a value.
    var valued: String = ""
    var long: [String: LongOption] = [:]
    /// GNU options the lab does not offer: refused with a clear message.
    var unsupported: String = ""
    /// The status for a usage error (1 for most commands, 2 for `ls`, `grep`, `sort`).
    var usageStatus: Int32 = 1
    /// What `--help` prints.
    var usage: String = ""
}
