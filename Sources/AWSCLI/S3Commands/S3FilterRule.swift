/// One `--exclude` or `--include` option, in the order typed.
struct S3FilterRule: Sendable, Equatable {
    enum Kind: String, Sendable { case exclude, include }

    var kind: Kind
    var pattern: String

    init(_ kind: Kind, _ pattern: String) {
        self.kind = kind
        self.pattern = pattern
    }
}
