import Foundation

/// What the argument parser found on an `aws s3` subcommand line.
struct S3Arguments {
    var positionals: [String] = []
    /// Flags given, by name without dashes (`recursive`, `no-guess-mime-type`).
    var flags: Set<String> = []
    /// Single values by option name; the last one typed wins.
    var values: [String: String] = [:]
    /// `--exclude` / `--include` in the order typed.
    var filters: [S3FilterRule] = []
    /// Multi-value options (`--grants a b`, `--tags k v`): each occurrence's values.
    var lists: [String: [[String]]] = [:]
    /// `aws s3 <command> help`.
    var wantsHelp = false

    func flag(_ name: String) -> Bool { flags.contains(name) }

    func value(_ name: String) -> String? { values[name] }

    /// An integer option (`--page-size`), as Python's `int()` reads it.
    func integer(_ name: String) throws(CLIError) -> Int? {
        guard let text = values[name] else { return nil }
        guard let n = Int(text.trimmingCharacters(in: .whitespaces)) else {
            throw CLIError.other("invalid literal for int() with base 10: '\(text)'")
        }
        return n
    }
}
