import Synchronization

/// A thread-safe cache of compiled expressions keyed by their source.
///
/// It holds at most `capacity` expressions; when full it starts over (a lab session uses
/// far fewer distinct expressions than that).
final class ExpressionCache: Sendable {
    static let capacity = 4096

    private let entries = Mutex<[String: JMESPathExpression]>([:])

    /// The cached expression for `source`, compiling it (under the lock, so exactly once)
    /// when missing. Failed compilations are not cached.
    func expression(for source: String) throws(JMESPathError) -> JMESPathExpression {
        try entries.withLock { (entries) throws(JMESPathError) -> JMESPathExpression in
            if let cached = entries[source] { return cached }
            let compiled = try JMESPath.compileUncached(source)
            if entries.count >= Self.capacity { entries.removeAll(keepingCapacity: true) }
            entries[source] = compiled
            return compiled
        }
    }
}
