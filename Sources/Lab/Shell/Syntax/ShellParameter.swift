/// A parameter expansion: `$NAME`, `${NAME}`, `${NAME:-word}` / `${NAME-word}`, or a special
/// parameter (`?`, `#`, `@`, `*`, `0`, a digit).
struct ShellParameter: Equatable {
    var name: String
    /// The word used when the parameter is unset (or empty, with `fallbackWhenEmpty`).
    var fallback: ShellWord?
    var fallbackWhenEmpty: Bool = false
}
