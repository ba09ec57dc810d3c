import JSONValue

// MARK: - Words: keys, unquoted values, quoted values, param files

extension ShorthandReader {
    /// `key = *[A-Za-z0-9-_.#/:]` (possibly empty: the `=` that must follow reports it).
    mutating func readKey() -> String {
        let start = index
        while let c = current, ShorthandCharacters.isKey(c) { index += 1 }
        return Self.string(scalars[start..<index])
    }

    /// A value where a scalar, a first comma-list item, or an item of `[...]`/`{...}` goes:
    /// quoted, or an unquoted word, or nothing at all (the empty string).
    mutating func readFirstValue() throws -> Value {
        switch current {
        case "'": return try readQuoted("'", name: "singled quoted")
        case "\"": return try readQuoted("\"", name: "double quoted")
        default:
            guard let word = readWord(continuing: ShorthandCharacters.continuesFirstValue) else {
                return .string("")
            }
            return try resolve(word)
        }
    }

    /// A second or later comma-list item: quoted, or an unquoted word that may not hold `=`;
    /// it must not be empty.
    mutating func readSecondValue() throws -> Value {
        switch current {
        case "'": return try readQuoted("'", name: "singled quoted")
        case "\"": return try readQuoted("\"", name: "double quoted")
        default:
            guard let word = readWord(continuing: ShorthandCharacters.continuesSecondValue) else {
                throw missing("<second>")
            }
            return try resolve(word)
        }
    }

    /// An unquoted word: a first character that may start a value, then any that may continue
    /// it; `\,` counts as a literal comma anywhere. Trailing whitespace is dropped. Nil when
    /// not even one character fits.
    mutating func readWord(continuing continues: (Unicode.Scalar) -> Bool) -> String? {
        var word: [Unicode.Scalar] = []
        var started = false
        while let c = current {
            if c == "\\", index + 1 < scalars.count, scalars[index + 1] == "," {
                word.append(",")
                index += 2
            } else if started ? continues(c) : ShorthandCharacters.startsValue(c) {
                word.append(c)
                index += 1
            } else {
                break
            }
            started = true
        }
        guard started else { return nil }
        while let last = word.last, ShorthandCharacters.isSpace(last) { word.removeLast() }
        return Self.string(word)
    }

    /// A quoted string: from `quote` to the closing one, where backslash-quote does not close.
    /// When no plain quote closes it, the last backslash-quote does (the CLI's regular
    /// expression backtracks to it). Inside, backslash-quote becomes the quote, then `\\`
    /// becomes `\`. Fails with `<name>`/`<none>` when nothing closes it.
    mutating func readQuoted(_ quote: Unicode.Scalar, name: String) throws -> Value {
        let open = index
        var cursor = open + 1
        var close: Int?
        var lastEscapedQuote: Int?
        while cursor < scalars.count {
            let c = scalars[cursor]
            if c == "\\", cursor + 1 < scalars.count, scalars[cursor + 1] == quote {
                lastEscapedQuote = cursor + 1
                cursor += 2
            } else if c == quote {
                close = cursor
                break
            } else {
                cursor += 1
            }
        }
        guard let end = close ?? lastEscapedQuote else { throw missing("<\(name)>") }
        index = end + 1
        let inner = Array(scalars[(open + 1)..<end])
        let unescaped = inner
            .replacing(["\\", quote], with: [quote])
            .replacing(["\\", "\\"], with: ["\\"])
        return try resolve(Self.string(unescaped))
    }

    /// After `@=`, a `file://` or `fileb://` value becomes what the loader returns for it.
    func resolve(_ value: String) throws -> Value {
        guard resolvesParamFiles, let loader = paramFileLoader else { return .string(value) }
        let scalars = value.unicodeScalars
        guard scalars.starts(with: "file://".unicodeScalars) || scalars.starts(with: "fileb://".unicodeScalars) else {
            return .string(value)
        }
        return try loader(value)
    }
}
