/// Why the shorthand reader stopped, before it is worded for the learner. Kept apart from the
/// errors a param-file loader throws, so that the comma-list backtracking only ever recovers
/// from the parser's own syntax errors.
enum ShorthandFailure: Error {
    /// `expected` was wanted at `position`; `received` is the character found, `EOF`, or
    /// `<none>` when a whole token (a quoted string, a list item) could not be read.
    case syntax(expected: String, received: String, position: Int)
    /// A top-level key appeared twice; `position` is just after the previous pair.
    case duplicateKey(String, position: Int)
}
