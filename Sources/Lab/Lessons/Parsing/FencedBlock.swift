/// A fenced code block of a lesson file (` ```check ` ... ` ``` `).
struct FencedBlock: Equatable {
    /// The first word of the info string (`check`, `solution`, `bash`), or "".
    var language: String
    /// The lines between the fences, joined with newlines.
    var body: String
    /// The line of the opening fence.
    var line: Int
    /// The lines as written, fences included (to keep other blocks in the step's text).
    var raw: [String]

    /// The line of the first body line.
    var bodyLine: Int { line + 1 }
}
