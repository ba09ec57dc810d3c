import JSONValue

/// Entry points of the JMESPath implementation (https://jmespath.org/specification.html),
/// evaluating over `Value` with jmespath.py's result types.
public enum JMESPath {
    private static let cache = ExpressionCache()

    /// Compiles an expression. Compiled expressions are cached: the same source compiles
    /// once per process (thread-safe). Syntax errors, unknown functions and wrong argument
    /// counts are reported here.
    public static func compile(_ expression: String) throws(JMESPathError) -> JMESPathExpression {
        try cache.expression(for: expression)
    }

    /// Compiles (through the cache) and evaluates an expression against `data`.
    public static func search(_ expression: String, in data: Value) throws(JMESPathError) -> Value {
        try compile(expression).search(data)
    }

    /// Compiles without the cache.
    static func compileUncached(_ expression: String) throws(JMESPathError) -> JMESPathExpression {
        let parsed = try Parser.parse(expression)
        return JMESPathExpression(source: expression, root: parsed.root, fieldCount: parsed.fieldCount)
    }
}
