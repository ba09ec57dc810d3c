/// A `file` check on the learner's workspace. Every field given must hold; with only the
/// path, the file must exist.
public struct FileCheck: Sendable, Equatable {
    /// Relative to the workspace root, whatever the learner's current directory.
    public var path: String
    public var exists: Bool?
    /// Text the file must hold.
    public var contains: String?
    /// A regular expression the file must match somewhere (`^`/`$` match at line ends).
    public var matches: String?
    /// The file must be the private key of this EC2 key pair.
    public var keyPair: String?
    public var message: String?

    public init(path: String, exists: Bool? = nil, contains: String? = nil, matches: String? = nil,
                keyPair: String? = nil, message: String? = nil) {
        self.path = path
        self.exists = exists
        self.contains = contains
        self.matches = matches
        self.keyPair = keyPair
        self.message = message
    }
}
