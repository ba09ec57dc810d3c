/// Collects the fields a list of words expands to. Quoted text joins the current field as
/// is; unquoted expansion results are split on blanks (space, tab, newline); unquoted glob
/// characters are remembered so the field can be matched against file names.
struct ShellFieldBuilder {
    /// A finished field: its text, and the pattern to glob when `isPattern`.
    struct Field {
        var text = ""
        /// `text` with quoted glob characters escaped by a backslash.
        var pattern = ""
        var isPattern = false
    }

    private(set) var fields: [Field] = []
    private var current = Field()
    /// Whether the current field exists even if empty (`""` makes an empty field).
    private var started = false

    mutating func appendQuoted(_ text: String) {
        current.text += text
        current.pattern += ShellGlob.escape(text)
        started = true
    }

    mutating func appendUnquoted(_ text: String) {
        guard !text.isEmpty else { return }
        current.text += text
        current.pattern += text
        if ShellGlob.hasMagic(text) { current.isPattern = true }
        started = true
    }

    /// An unquoted expansion result: blanks end fields.
    mutating func appendSplitting(_ text: String) {
        var piece = ""
        for character in text {
            if character == " " || character == "\t" || character == "\n" {
                appendUnquoted(piece)
                piece = ""
                finishField()
            } else {
                piece.append(character)
            }
        }
        appendUnquoted(piece)
    }

    /// Ends the current word (or the current field of a split expansion).
    mutating func finishField() {
        if started { fields.append(current) }
        current = Field()
        started = false
    }
}
