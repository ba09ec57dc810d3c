// MARK: - Errors raised while compiling

extension JMESPathError {
    /// An empty expression (jmespath.py's `EmptyExpressionError`).
    static var emptyExpression: JMESPathError {
        JMESPathError(
            kind: .syntax, message: "Invalid JMESPath expression: cannot be empty.", position: 0,
            rendered: "Invalid JMESPath expression: cannot be empty.")
    }

    /// A lexer error (jmespath.py's `LexerError`).
    static func lexer(_ message: String, at position: Int, in expression: String) -> JMESPathError {
        let caret = String(repeating: " ", count: position) + "^"
        return JMESPathError(
            kind: .syntax, message: message, position: position,
            rendered: "Bad jmespath expression: \(message):\n\(expression)\n\(caret)")
    }

    /// A parse error at a token (jmespath.py's `ParseError`).
    static func parse(
        _ reason: String, at position: Int, tokenText: String, tokenType: String, in expression: String
    ) -> JMESPathError {
        let caret = String(repeating: " ", count: position + 1) + "^"
        let rendered = "\(reason): Parse error at column \(position), token \"\(tokenText)\" "
            + "(\(tokenType.uppercased())), for expression:\n\"\(expression)\"\n\(caret)"
        return JMESPathError(kind: .syntax, message: reason, position: position, rendered: rendered)
    }

    /// The expression ended too early (jmespath.py's `IncompleteExpressionError`).
    static func incomplete(_ expression: String) -> JMESPathError {
        let length = expression.unicodeScalars.count
        let caret = String(repeating: " ", count: length + 1) + "^"
        return JMESPathError(
            kind: .syntax, message: "Incomplete expression", position: length,
            rendered: "Invalid jmespath expression: Incomplete expression:\n\"\(expression)\"\n\(caret)")
    }

    /// The expression nests deeper than the parser allows.
    static func tooDeep(at position: Int, limit: Int) -> JMESPathError {
        JMESPathError(kind: .syntax, message: "Expression nested more than \(limit) levels deep", position: position)
    }

    static func unknownFunction(_ name: String) -> JMESPathError {
        JMESPathError(kind: .unknownFunction, message: "Unknown function: \(name)()")
    }

    static func arity(_ name: String, expected: Int, actual: Int, variadic: Bool) -> JMESPathError {
        let noun = expected == 1 ? "argument" : "arguments"
        let least = variadic ? "at least " : ""
        return JMESPathError(
            kind: .invalidArity,
            message: "Expected \(least)\(expected) \(noun) for function \(name)(), received \(actual)")
    }
}

// MARK: - Errors raised while searching

extension JMESPathError {
    /// A function argument of the wrong type (jmespath.py's `JMESPathTypeError`).
    static func invalidType(
        function: String, value: String, received: String, expected: [String]
    ) -> JMESPathError {
        let list = "[" + expected.map { "'\($0)'" }.joined(separator: ", ") + "]"
        return JMESPathError(
            kind: .invalidType,
            message: "In function \(function)(), invalid type for value: \(value), "
                + "expected one of: \(list), received: \"\(received)\"")
    }

    /// An expression reference used where a value is needed.
    static var expressionReferenceAsValue: JMESPathError {
        JMESPathError(kind: .invalidType, message: "An expression reference (&) can only be a function argument")
    }

    static var zeroSliceStep: JMESPathError {
        JMESPathError(kind: .invalidValue, message: "slice step cannot be zero")
    }
}
