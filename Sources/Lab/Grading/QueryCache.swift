import JMESPath

/// Compiled JMESPath queries of one replay, by their text.
final class QueryCache {
    private var compiled: [String: JMESPathExpression] = [:]

    func compiled(_ query: String) throws(JMESPathError) -> JMESPathExpression {
        if let expression = compiled[query] { return expression }
        let expression = try JMESPath.compile(query)
        compiled[query] = expression
        return expression
    }
}
