/// An error from compiling or evaluating a JMESPath expression.
///
/// `kind` is one of the five error kinds of the JMESPath compliance suite. `message` is the
/// short reason; `description` is the full text jmespath.py gives (`str(error)`), which is what
/// the AWS CLI prints after `Bad value for --query EXPRESSION: `. Syntax errors carry the
/// offset (in characters, i.e. Unicode scalars) where the problem was found.
public struct JMESPathError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The error kinds named by the JMESPath compliance suite.
    public enum Kind: String, Sendable, Equatable, CaseIterable {
        case syntax
        case invalidType = "invalid-type"
        case invalidValue = "invalid-value"
        case invalidArity = "invalid-arity"
        case unknownFunction = "unknown-function"
    }

    public var kind: Kind
    /// The short reason, e.g. `Unknown token '='` or `Expecting: rbracket, got: eof`.
    public var message: String
    /// For syntax errors: the character offset of the offending token (the expression's
    /// length when the expression ends too early). `nil` for the other kinds.
    public var position: Int?
    /// The full rendering, worded as jmespath.py words it.
    private var rendered: String

    /// Creates an error whose `description` is its message.
    public init(kind: Kind, message: String, position: Int? = nil) {
        self.init(kind: kind, message: message, position: position, rendered: message)
    }

    init(kind: Kind, message: String, position: Int?, rendered: String) {
        self.kind = kind
        self.message = message
        self.position = position
        self.rendered = rendered
    }

    public var description: String { rendered }
}
