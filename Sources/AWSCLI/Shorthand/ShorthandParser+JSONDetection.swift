// MARK: - Shorthand or JSON?

/// The AWS CLI's first test before it tries shorthand (`ParamShorthandParser.
/// _should_parse_as_shorthand` in awscli/argprocess.py): a value whose first non-whitespace
/// character is `[` or `{` is handed to the JSON parser instead, whatever the parameter.
///
/// For list parameters (taken as several words, `nargs='+'`) only the first word is looked
/// at. The second half of the CLI's decision needs the model and is the caller's: shorthand
/// is only tried for a structure, a map, or a list whose member is a structure, list or map,
/// and never when a document type is inside. Everything else (JSON-looking values, scalars,
/// lists of scalars) goes to the plain unpacking, where a structure or map that does not
/// start with `{` fails with "Invalid JSON:" and a list of scalars is taken word by word.
extension ShorthandParser {
    /// Whether the AWS CLI would treat `value` as JSON rather than shorthand: its first
    /// character after Python whitespace is `[` or `{`.
    public static func looksLikeJSON(_ value: String) -> Bool {
        guard let first = value.unicodeScalars.first(where: { !ShorthandCharacters.isSpace($0) }) else {
            return false
        }
        return first == "[" || first == "{"
    }

    /// The same test for a parameter given as several words: the first word decides.
    public static func looksLikeJSON(_ words: [String]) -> Bool {
        guard let first = words.first else { return false }
        return looksLikeJSON(first)
    }
}
