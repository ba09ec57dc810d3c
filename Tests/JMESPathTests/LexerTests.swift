import JMESPath
import JSONValue
import Testing

/// Tokens as the lexer reads them, observed through search results and errors.
@Suite struct LexerTests {
    @Test("Unquoted identifiers are ASCII letters, digits and underscores")
    func unquotedIdentifiers() {
        expectSearch("foo_Bar9", #"{"foo_Bar9": 1}"#, "1")
        expectSearch("_x", #"{"_x": true}"#, "true")
        expectError("9a", .syntax)
        expectError("é", .syntax)
    }

    @Test("Quoted identifiers are JSON strings, escapes and Unicode included")
    func quotedIdentifiers() {
        expectSearch(#""foo bar""#, #"{"foo bar": 1}"#, "1")
        expectSearch(#""\u00e9t\u00e9""#, #"{"été": 2}"#, "2")
        expectSearch(#""a\"b""#, #"{"a\"b": 3}"#, "3")
        expectSearch(#""✓".ok"#, #"{"✓": {"ok": 4}}"#, "4")
        expectError(#""\x""#, .syntax)
        expectError(#""abc"#, .syntax)
    }

    @Test("Backtick literals are JSON; other text reads as a string, as jmespath.py allows")
    func jsonLiterals() {
        expectSearch("`[1, 2.5, \"x\", null, true]`", "{}", #"[1, 2.5, "x", null, true]"#)
        expectSearch("`  {\"a\": 1}  `", "{}", #"{"a": 1}"#)
        expectSearch("`foo`", "{}", #""foo""#)
        expectSearch(#"`"a\`b"`"#, "{}", #""a`b""#)
        expectError("`{\"a\": 1`\"", .syntax)
        expectError("`[1, 2]", .syntax)
    }

    @Test("Raw strings keep backslashes except before a quote")
    func rawStrings() {
        expectSearch("'foo'", "{}", #""foo""#)
        expectSearch(#"'it\'s'"#, "{}", #""it's""#)
        expectSearch(#"'\n'"#, "{}", #""\\n""#)
        expectSearch(#"'\\'"#, "{}", #""\\\\""#)
        expectSearch("'𝄞 ✓'", "{}", #""𝄞 ✓""#)
        expectError("'abc", .syntax)
    }

    @Test("Numbers: digits with an optional minus, only inside brackets")
    func numbers() {
        expectSearch("[-1]", "[1, 2, 3]", "3")
        expectSearch("[007]", "[0,1,2,3,4,5,6,7]", "7")
        expectSearch("[99999999999999999999999]", "[1]", "null")
        expectError("[-]", .syntax)
        expectError("1", .syntax)
    }

    @Test("Two-character operators and their one-character forms")
    func operators() {
        expectSearch("a || b", #"{"b": 1}"#, "1")
        expectSearch("a | b", #"{"a": {"b": 2}}"#, "2")
        expectSearch("a && b", #"{"a": 1, "b": 2}"#, "2")
        expectSearch("a != b", #"{"a": 1, "b": 2}"#, "true")
        expectSearch("!a", #"{"a": false}"#, "true")
        expectSearch("a <= b", #"{"a": 1, "b": 1}"#, "true")
        expectSearch("a >= b", #"{"a": 1, "b": 2}"#, "false")
        expectError("a = b", .syntax)
        expectError("a ~ b", .syntax)
    }

    @Test("Whitespace separates tokens anywhere")
    func whitespace() {
        expectSearch(" \t\n a \r. b [ 0 ] ", #"{"a": {"b": [5]}}"#, "5")
    }

    @Test("Lexer errors are syntax errors at the offending character")
    func lexerErrorPositions() throws {
        let error = try #require(searchError("foo.="))
        #expect(error.kind == .syntax)
        #expect(error.position == 4)
        #expect(error.message == "Unknown token '='")
        #expect(error.description == "Bad jmespath expression: Unknown token '=':\nfoo.=\n    ^")
        let tilde = try #require(searchError("a ~ b"))
        #expect(tilde.position == 2)
        #expect(tilde.message == "Unknown token ~")
        let unclosed = try #require(searchError("a || 'abc"))
        #expect(unclosed.position == 5)
        #expect(unclosed.message == "Unclosed ' delimiter")
    }

    @Test("Positions count characters, not bytes")
    func characterPositions() throws {
        let error = try #require(searchError("'é✓' = 1"))
        #expect(error.position == 5)
    }
}
