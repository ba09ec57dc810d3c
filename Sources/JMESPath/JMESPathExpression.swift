import JSONValue

/// A compiled JMESPath expression. Compile once (see `JMESPath.compile`), search many times;
/// instances are immutable and safe to share between threads.
public final class JMESPathExpression: Sendable {
    /// The expression's text.
    public let source: String
    let root: Node
    private let hintSlots: HintSlots?

    init(source: String, root: Node, fieldCount: Int) {
        self.source = source
        self.root = root
        self.hintSlots = fieldCount > 0 ? HintSlots(fieldCount: fieldCount) : nil
    }

    /// Evaluates the expression against `data`.
    public func search(_ data: Value) throws(JMESPathError) -> Value {
        // `self` holds `hintSlots` for the whole call, so the view stays valid.
        try root.evaluate(data, LookupHints(hintSlots))
    }
}
