/// One thing `lab lint` found wrong, printed as `path:line: message`.
public struct LintProblem: Sendable, Equatable, Hashable, CustomStringConvertible {
    public var path: String
    /// nil when the problem is about the whole file (it cannot be read).
    public var line: Int?
    public var message: String

    public init(path: String, line: Int?, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    public init(_ error: LessonError) {
        self.init(path: error.path, line: error.line, message: error.message)
    }

    public var description: String {
        line.map { "\(path):\($0): \(message)" } ?? "\(path): \(message)"
    }
}
