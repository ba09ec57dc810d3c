import Testing
import AWSCLI
import JSONValue

/// Every error the shorthand parser reports, worded and located as the AWS CLI does.
struct ShorthandErrorTests {
    private func error(_ input: String, sourceLocation: SourceLocation = #_sourceLocation) -> ShorthandParseError? {
        ShorthandTestSupport.parseError(input, sourceLocation: sourceLocation)
    }

    // MARK: - The notes' slip: `--tags Key=k, Value=v`

    @Test("Key=k, (the shell split `Key=k, Value=v`) fails on the dangling comma")
    func danglingCommaFromASplitWord() throws {
        let failure = try #require(error("Key=k,"))
        #expect(failure.kind == .syntax(expected: "<second>", received: "<none>"))
        #expect(failure.position == 6)
        #expect(failure.message == "Expected: '<second>', received: '<none>' for input:\nKey=k,\n      ^")
        #expect(failure.cliMessage(parameter: "--tags") == """
            Error parsing parameter '--tags': Expected: '<second>', received: '<none>' for input:
            Key=k,
                  ^
            """)
        // The same words in one shell word parse: whitespace after a comma is skipped.
        #expect(try ShorthandParser().parse("Key=k, Value=v") == ["Key": "k", "Value": "v"])
    }

    @Test("a trailing comma after a list item or a space fails the same way")
    func otherDanglingCommas() {
        #expect(error("a=b,c,")?.message == "Expected: '<second>', received: '<none>' for input:\na=b,c,\n      ^")
        #expect(error("a=b, ")?.position == 5)
    }

    // MARK: - Expected '='

    @Test("a key without = fails at the end or at the character found")
    func missingEquals() {
        #expect(error("a")?.message == "Expected: '=', received: 'EOF' for input:\na\n ^")
        #expect(error("")?.message == "Expected: '=', received: 'EOF' for input:\n\n^")
        #expect(error("\"a\"=b")?.message == "Expected: '=', received: '\"' for input:\n\"a\"=b\n^")
        #expect(error(" a=b")?.kind == .syntax(expected: "=", received: "a"))
        #expect(error("a={b=c,d}")?.message == "Expected: '=', received: '}' for input:\na={b=c,d}\n        ^")
        #expect(error("a={")?.position == 3)
        #expect(error("a=x,y z=w")?.kind == .syntax(expected: "=", received: "z"))
    }

    @Test("backtracking into a quoted item reaches the comma inside the quotes")
    func backtrackingIntoQuotes() {
        #expect(error("a=x,'p,q'=z")?.message == "Expected: '=', received: ''' for input:\na=x,'p,q'=z\n        ^")
        #expect(error("a=x,'y")?.kind == .syntax(expected: "=", received: "'"))
        #expect(error("a=x,\"y")?.position == 4)
    }

    // MARK: - Expected ','

    @Test("something other than , after a value fails with what was found")
    func missingComma() {
        #expect(error("a=x]")?.message == "Expected: ',', received: ']' for input:\na=x]\n   ^")
        #expect(error("a=x}")?.kind == .syntax(expected: ",", received: "}"))
        #expect(error("a=[x]y")?.position == 5)
        #expect(error("a='it''s'")?.kind == .syntax(expected: ",", received: "'"))
        #expect(error("a=\u{1C}x")?.kind == .syntax(expected: ",", received: "\u{1C}"))
    }

    @Test("an unclosed list or hash fails at the end")
    func unclosedBrackets() {
        #expect(error("a=[x")?.message == "Expected: ',', received: 'EOF' for input:\na=[x\n    ^")
        #expect(error("a=[x,")?.position == 5)
        #expect(error("a=[x y")?.position == 6)
        #expect(error("a={b=")?.kind == .syntax(expected: ",", received: "EOF"))
        #expect(error("a={b=c")?.position == 6)
    }

    @Test("a character above U+FFFF cannot be unquoted, as in the CLI's patterns")
    func astralCharacters() {
        let failure = error("a=😀")
        #expect(failure?.message == "Expected: ',', received: '😀' for input:\na=😀\n  ^")
        #expect(failure?.position == 2)
    }

    // MARK: - Unclosed quotes

    @Test("an unclosed quote fails where it opens")
    func unclosedQuotes() {
        #expect(error("a='x")?.message == "Expected: '<singled quoted>', received: '<none>' for input:\na='x\n  ^")
        #expect(error("a=\"x")?.message == "Expected: '<double quoted>', received: '<none>' for input:\na=\"x\n  ^")
        #expect(error("a=[x,'y]")?.kind == .syntax(expected: "<singled quoted>", received: "<none>"))
        #expect(error("a=[x,'y]")?.position == 5)
    }

    // MARK: - Duplicate keys

    @Test("a key given twice at the top level names the key and points after the previous pair")
    func duplicateKeys() {
        #expect(error("a=b,a=c")?.message == """
            Second instance of key "a" encountered for input:
            a=b,a=c
                ^
            This is often because there is a preceding "," instead of a space.
            """)
        #expect(error("Key=k,Value=v,Key=z")?.kind == .duplicateKey("Key"))
        #expect(error("Key=k,Value=v,Key=z")?.position == 14)
        #expect(error("a=b , a=c")?.position == 5)
        #expect(error("a=[1],a=[2]")?.position == 6)
        #expect(error("a={x=1},b=2,a=3")?.position == 12)
    }

    // MARK: - Multi-line input

    @Test("the caret goes under the failing line; later lines follow it")
    func multiLineLocation() {
        #expect(error("a=b,\nc==d")?.message == "Expected: ',', received: '=' for input:\na=b,\nc==d\n  ^")
        #expect(error("a==b,\nc=d\ne=f")?.message
            == "Expected: ',', received: '=' for input:\na==b,\n  ^\nc=d\ne=f")
        #expect(error("x=1,\ny=2,\nz==3")?.message == "Expected: ',', received: '=' for input:\nx=1,\ny=2,\nz==3\n  ^")
        #expect(error("x=1,\ny=2,\nz==3")?.position == 12)
    }

    @Test("errors are values: equal when kind, message and position are")
    func errorEquality() {
        let a = ShorthandParseError.syntax(expected: "=", received: "EOF", position: 1, input: "a")
        #expect(a == error("a"))
        #expect(a != error("b"))
        #expect(a.description == a.message)
    }
}
