import JSONValue

/// One pass of the shorthand grammar over one input: the cursor and its primitives.
/// The grammar lives in `ShorthandReader+Grammar.swift`, the words in `+Words.swift`.
///
/// The input is read as Unicode scalars so that positions match the AWS CLI's (Python
/// code points), not Swift's grapheme clusters.
struct ShorthandReader {
    let scalars: [Unicode.Scalar]
    let paramFileLoader: ((String) throws -> Value)?
    var index = 0
    /// Set by `@=` and cleared by every key, as in the CLI: values read while it is set go
    /// through the param-file loader, even items of a list or of a comma list.
    var resolvesParamFiles = false

    init(_ input: String, paramFileLoader: ((String) throws -> Value)?) {
        self.scalars = Array(input.unicodeScalars)
        self.paramFileLoader = paramFileLoader
    }

    // MARK: - Cursor

    var atEnd: Bool { index >= scalars.count }

    /// The character under the cursor, nil at the end.
    var current: Unicode.Scalar? { atEnd ? nil : scalars[index] }

    func isAt(_ c: Unicode.Scalar) -> Bool { current == c }

    mutating func skipWhitespace() {
        while let c = current, ShorthandCharacters.isSkippable(c) { index += 1 }
    }

    /// Consumes `c` or fails with "Expected: 'c', received: ...". With `skippingWhitespace`
    /// whitespace is skipped before (even when it then fails) and after.
    mutating func expect(_ c: Unicode.Scalar, skippingWhitespace: Bool = false) throws(ShorthandFailure) {
        if skippingWhitespace { skipWhitespace() }
        guard let actual = current else {
            throw .syntax(expected: String(c), received: "EOF", position: index)
        }
        guard actual == c else {
            throw .syntax(expected: String(c), received: String(actual), position: index)
        }
        index += 1
        if skippingWhitespace { skipWhitespace() }
    }

    /// Consumes an optional `c` (whitespace around it skipped); whitespace before it is
    /// consumed even when `c` is not there.
    mutating func accept(_ c: Unicode.Scalar) -> Bool {
        skipWhitespace()
        guard isAt(c) else { return false }
        index += 1
        skipWhitespace()
        return true
    }

    /// Moves back to the nearest `c` at or before the cursor.
    mutating func backtrack(to c: Unicode.Scalar) {
        while index > 0 && !(index < scalars.count && scalars[index] == c) {
            index -= 1
        }
    }

    /// A token of the kind `expected` could not be read here.
    func missing(_ expected: String) -> ShorthandFailure {
        .syntax(expected: expected, received: "<none>", position: index)
    }

    static func string<S: Sequence>(_ scalars: S) -> String where S.Element == Unicode.Scalar {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }
}
