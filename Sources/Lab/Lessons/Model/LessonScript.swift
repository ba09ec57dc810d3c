/// Commands from a ` ```setup `, ` ```solution ` or ` ```wrong ` block, with the line of
/// the block's first command so problems point into the lesson file.
public struct LessonScript: Sendable, Equatable {
    /// The block's text, as written.
    public var text: String
    /// The line of the block's first text line in the lesson file.
    public var line: Int

    public init(text: String, line: Int) {
        self.text = text
        self.line = line
    }

    /// The logical commands, with their lines in the lesson file.
    public var commands: [ScriptLine] {
        ScriptSplitter.split(text).map { command in
            var shifted = command
            shifted.line = line + command.line - 1
            return shifted
        }
    }
}
