import JSONValue

/// The AWS CLI's shorthand syntax (`Key=env,Value=dev`, `Name=x,Values=a,b`,
/// `Foo={Bar=[a,b]}`), parsed exactly as the AWS CLI's own `ShorthandParser` parses it.
///
/// The result is always an object whose leaves are strings (or whatever a param file
/// loaded): the parser knows nothing of the service model. Types are the caller's job, as in
/// the CLI, where a model-driven pass afterwards turns `"5"` into a number for an integer
/// member, `"true"` into a boolean, and a lone string into a one-item list for a list member.
///
/// Grammar, briefly:
/// - `parameter = keyval *("," keyval)`; a key given twice at the top level is an error.
/// - `keyval = key "=" values` or `key "@=" values`; keys are `[A-Za-z0-9-_.#/:]*`.
/// - `values` is `[...]` (a list), `{...}` (a hash of keyvals, last duplicate wins) or a
///   comma list: `a` is a string, `a,b,c` a list. A later item that turns out to be the
///   next key (`foo=a,b,bar=c`) is given back by backtracking to the comma before it.
/// - Values are unquoted words (`\,` escapes a comma; trailing whitespace is dropped),
///   `'single'` or `"double"` quoted strings (`\'`/`\"` and `\\` are their escapes).
///   Spaces, tabs and newlines around `=`, `,`, `[`, `]`, `{`, `}` are skipped.
/// - After `@=`, a value starting with `file://` or `fileb://` is replaced by what the
///   param-file loader returns for it (nested keys without `@` are left alone).
public struct ShorthandParser {
    /// Loads `file://path` (text, as `.string`) and `fileb://path` (bytes, as `.blob`) for
    /// `@=` assignments; it receives the whole value, prefix included. Without a loader
    /// such values stay plain strings.
    public var paramFileLoader: ((String) throws -> Value)?

    public init(paramFileLoader: ((String) throws -> Value)? = nil) {
        self.paramFileLoader = paramFileLoader
    }

    /// Parses one shorthand word. Throws `ShorthandParseError` for a syntax error, or
    /// whatever the param-file loader throws.
    public func parse(_ input: String) throws -> Value {
        var reader = ShorthandReader(input, paramFileLoader: paramFileLoader)
        do {
            return try reader.readParameter()
        } catch let failure as ShorthandFailure {
            switch failure {
            case .syntax(let expected, let received, let position):
                throw ShorthandParseError.syntax(expected: expected, received: received, position: position, input: input)
            case .duplicateKey(let key, let position):
                throw ShorthandParseError.duplicateKey(key, position: position, input: input)
            }
        }
    }
}
