import Foundation

/// Whether a plain (unquoted) scalar would read back as something other than a string,
/// under the YAML 1.2 implicit resolvers of ruamel.yaml, the library the AWS CLI v2 prints
/// YAML with. Such strings must be quoted: `'true'`, `'1.5'`, `'2024-01-01'`, `''`. YAML 1.1
/// words such as `yes`, `off` or `y` are plain strings under 1.2 and stay unquoted.
enum YAMLImplicitResolver {
    /// The resolvers by the first character they can match, as ruamel indexes them.
    private static let resolvers: [(firsts: Set<Character>, pattern: NSRegularExpression)] = [
        (Set("tTfF"), regex("true|True|TRUE|false|False|FALSE")),
        (Set("-+0123456789."), regex(
            #"[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+]?[0-9]+)?"#
                + #"|[-+]?(?:[0-9][0-9_]*)(?:[eE][-+]?[0-9]+)"#
                + #"|[-+]?\.[0-9_]+(?:[eE][-+][0-9]+)?"#
                + #"|[-+]?\.(?:inf|Inf|INF)"#
                + #"|\.(?:nan|NaN|NAN)"#)),
        (Set("-+0123456789"), regex(
            #"[-+]?0b[0-1_]+|[-+]?0o?[0-7_]+|[-+]?[0-9_]+|[-+]?0x[0-9a-fA-F_]+"#)),
        (Set("<"), regex("<<")),
        (Set("~nN"), regex("~|null|Null|NULL")),
        (Set("0123456789"), regex(
            #"[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]"#
                + #"|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?"#
                + #"(?:[Tt]|[ \t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\.[0-9]*)?"#
                + #"(?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?"#)),
        (Set("="), regex("=")),
        (Set("!&*"), regex(#"!|&|\*"#)),
    ]

    /// True when the plain text resolves to a non-string tag (bool, float, int, merge, null,
    /// timestamp, value, yaml); the empty string resolves to null.
    static func resolvesToNonString(_ text: String) -> Bool {
        guard let scalar = text.unicodeScalars.first else { return true }
        let first = Character(scalar)
        let range = NSRange(text.startIndex..., in: text)
        for resolver in resolvers where resolver.firsts.contains(first) {
            if resolver.pattern.firstMatch(in: text, options: [], range: range) != nil { return true }
        }
        return false
    }

    /// An anchored pattern; `$` also matches before a final newline, as in Python.
    private static func regex(_ body: String) -> NSRegularExpression {
        do {
            return try NSRegularExpression(pattern: "^(?:" + body + ")$")
        } catch {
            preconditionFailure("invalid built-in pattern \(body): \(error)")
        }
    }
}
