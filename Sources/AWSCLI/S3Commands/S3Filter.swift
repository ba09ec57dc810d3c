/// `--exclude` / `--include` as the AWS CLI applies them. Every pattern is joined to the
/// source's root folder (and, separately, to the destination's, which matters for the
/// destination side of `sync --delete`); each file starts included and every rule that
/// matches it, in the order typed, decides again: the last matching rule wins.
struct S3Filter {
    private struct CompiledRule {
        let include: Bool
        let sourcePattern: GlobPattern
        let destinationPattern: GlobPattern
    }

    private let rules: [CompiledRule]

    /// A filter that lets everything through.
    static let none = S3Filter(rules: [])

    private init(rules: [CompiledRule]) { self.rules = rules }

    /// - Parameters:
    ///   - rules: the options in order.
    ///   - sourceRoot: the folder (`/site`) or `bucket/prefix` the patterns are relative to.
    ///   - destinationRoot: the same for the destination.
    init(_ rules: [S3FilterRule], sourceRoot: String, destinationRoot: String) {
        self.rules = rules.map { rule in
            CompiledRule(include: rule.kind == .include,
                         sourcePattern: GlobPattern(PythonPath.join(sourceRoot, rule.pattern)),
                         destinationPattern: GlobPattern(PythonPath.join(destinationRoot, rule.pattern)))
        }
    }

    var isEmpty: Bool { rules.isEmpty }

    /// Whether a file passes, by its full path (`/site/a.txt` or `bucket/key`).
    func includes(_ path: String) -> Bool {
        guard !rules.isEmpty else { return true }
        let text = Array(path.unicodeScalars)
        var included = true
        for rule in rules {
            if rule.sourcePattern.matches(text) { included = rule.include }
            if rule.destinationPattern.matches(text) { included = rule.include }
        }
        return included
    }

    /// The folder a local path's patterns are relative to: the path itself for a folder
    /// operation, else the folder holding it (`_get_local_root`).
    static func localRoot(_ typed: String, directoryOperation: Bool, paths: S3LocalPaths) throws -> String {
        try paths.absolute(directoryOperation ? typed : PythonPath.dirname(typed))
    }

    /// `bucket/prefix` for an S3 path; without a folder operation the last key part (the
    /// object's own name) is dropped unless the key ends with `/` (`_get_s3_root`).
    static func s3Root(_ path: String, directoryOperation: Bool) -> String {
        var (bucket, key) = S3Path.split(path)
        if !directoryOperation && !key.hasSuffix("/") {
            key = key.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        }
        return bucket + "/" + key
    }
}
