/// A lesson file that breaks the format of `Lessons/README.md`: where (file and line) and
/// what, in one sentence. `description` reads `path:line: message`.
public struct LessonError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What part of the format is broken.
    public enum Code: String, Sendable, Equatable {
        /// The `---` front matter: missing, unclosed, an unknown key or a wrong type.
        case frontMatter
        /// A `##` step heading or its `{#id points=N}` attributes.
        case heading
        /// A fenced block: unclosed, misplaced, or one too many.
        case block
        /// A step without a check, a solution or a wrong attempt, or a duplicate id.
        case step
        /// A check: unknown kind or field, bad value, a command that is not read-only.
        case check
        /// A quiz: unknown field, missing question, an answer that is not a choice.
        case quiz
        /// YAML that does not parse.
        case yaml
    }

    public var code: Code
    public var path: String
    public var line: Int
    public var message: String

    public init(_ code: Code, path: String, line: Int, message: String) {
        self.code = code
        self.path = path
        self.line = line
        self.message = message
    }

    public var description: String { "\(path):\(line): \(message)" }
}
