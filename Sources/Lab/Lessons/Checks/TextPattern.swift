/// Regular expressions of checks: searched anywhere in the text, with `^` and `$` also
/// matching at line ends.
enum TextPattern {
    static func matches(_ pattern: String, in text: String) -> Bool {
        guard let regex = try? Regex(pattern) else { return false }
        return (try? regex.anchorsMatchLineEndings().firstMatch(in: text)) != nil
    }
}
