/// Why a submission could not be graded at all: it cannot be read, is binary, or is too
/// large. Every other problem gives a zero for a step, not an error.
public struct GradingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong.
    public enum Code: String, Sendable, Equatable {
        case unreadable
        case binary
        case tooLarge
        /// The lesson or the instructor's checks cannot be found or parsed.
        case lesson
    }

    public var code: Code
    public var message: String

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }

    public static func unreadable(_ path: String) -> GradingError {
        GradingError(.unreadable, "cannot read \(path): no such file, or not allowed")
    }
}
