import JMESPath
import JSONValue
import Testing

/// Syntax errors: kinds, positions and the messages jmespath.py (and so the AWS CLI) shows.
@Suite struct ParserErrorTests {
    /// Compiling `expression` must fail; returns the error.
    private func compileError(_ expression: String, sourceLocation: SourceLocation = #_sourceLocation)
        -> JMESPathError?
    {
        do {
            _ = try JMESPath.compile(expression)
            Issue.record("\(expression) compiled", sourceLocation: sourceLocation)
            return nil
        } catch {
            return error
        }
    }

    @Test("An expression that ends too early points past its end")
    func incomplete() throws {
        let error = try #require(compileError("foo["))
        #expect(error.kind == .syntax)
        #expect(error.position == 4)
        #expect(error.description == "Invalid jmespath expression: Incomplete expression:\n\"foo[\"\n     ^")
        #expect(compileError("a | ")?.position == 4)
        #expect(compileError("{a: b}[")?.position == 7)
        #expect(compileError("a.b.")?.position == 4)
    }

    @Test("A token that cannot start an expression is an invalid token")
    func invalidToken() throws {
        let error = try #require(compileError("abs(1,2)"))
        #expect(error.position == 4)
        #expect(error.message == "invalid token")
        let expected = "invalid token: Parse error at column 4, token \"1\" (NUMBER), for expression:\n"
            + "\"abs(1,2)\"\n     ^"
        #expect(error.description == expected)
    }

    @Test("Tokens left over after a complete expression")
    func unexpectedToken() throws {
        let error = try #require(compileError("foo[*] bar"))
        #expect(error.position == 7)
        #expect(error.message == "Unexpected token: bar")
    }

    @Test("Expected tokens are named as jmespath.py names them")
    func expectations() throws {
        let star = try #require(compileError("foo[a]"))
        #expect(star.message == "Expecting: star, got: unquoted_identifier")
        #expect(star.position == 4)
        let bracket = try #require(compileError("[1 2]"))
        #expect(bracket.message == "Expecting: rbracket, got: number")
        #expect(bracket.position == 3)
        let dot = try #require(compileError("a.1"))
        #expect(dot.message.hasPrefix("Expecting: ['quoted_identifier', 'unquoted_identifier'"))
    }

    @Test("Function names must be plain identifiers")
    func functionNames() throws {
        let current = try #require(compileError("@()"))
        #expect(current.message == "Invalid function name '@'")
        #expect(current.position == 0)
        let quoted = try #require(compileError(#""abs"(@)"#))
        #expect(quoted.message == "Quoted identifier not allowed for function names.")
    }

    @Test("The empty expression")
    func empty() throws {
        let error = try #require(compileError(""))
        #expect(error.kind == .syntax)
        #expect(error.description == "Invalid JMESPath expression: cannot be empty.")
    }

    @Test("Unknown functions and wrong argument counts fail at compile time")
    func functionErrors() throws {
        let unknown = try #require(compileError("nope(@)"))
        #expect(unknown.kind == .unknownFunction)
        #expect(unknown.message == "Unknown function: nope()")
        let arity = try #require(compileError("abs(@, @)"))
        #expect(arity.kind == .invalidArity)
        #expect(arity.message == "Expected 1 argument for function abs(), received 2")
        let variadic = try #require(compileError("not_null()"))
        #expect(variadic.message == "Expected at least 1 argument for function not_null(), received 0")
        let two = try #require(compileError("contains(@)"))
        #expect(two.message == "Expected 2 arguments for function contains(), received 1")
        // Even where evaluation would never reach them.
        #expect(compileError("`false` && nope(@)")?.kind == .unknownFunction)
    }

    @Test("A syntax error later in the text wins over a function error")
    func syntaxBeforeFunctionErrors() throws {
        #expect(compileError("nope(@) foo")?.kind == .syntax)
        #expect(compileError("abs(@, @) ||")?.kind == .syntax)
    }

    @Test("Separators the grammar requires (jmespath.py is lenient here)")
    func strictSeparators() {
        #expect(compileError("length(@ @)")?.kind == .syntax)
        #expect(compileError("length(@,)")?.kind == .syntax)
        #expect(compileError("{a: b c: d}")?.kind == .syntax)
        #expect(compileError("[1:2 3]")?.kind == .syntax)
        #expect(compileError("[a b]")?.kind == .syntax)
    }

    @Test("Slices take at most three parts")
    func slices() {
        #expect(compileError("[1:2:3:4]")?.kind == .syntax)
        #expect(compileError("[:a]")?.kind == .syntax)
        #expect(compileError("[1:2&]")?.kind == .syntax)
    }

    @Test("Deep nesting is refused before it exhausts the stack")
    func depthLimit() throws {
        let deep = String(repeating: "(", count: 600) + "a" + String(repeating: ")", count: 600)
        let error = try #require(compileError(deep))
        #expect(error.kind == .syntax)
        #expect(error.message.contains("nested"))
        let allowed = String(repeating: "(", count: 200) + "a" + String(repeating: ")", count: 200)
        #expect(try JMESPath.search(allowed, in: ["a": 1]) == 1)
    }

    @Test("Expressions nested just below the limit evaluate without exhausting the stack")
    func nearTheLimit() throws {
        let negations = String(repeating: "!", count: 500) + "a"
        #expect(try JMESPath.search(negations, in: ["a": true]) == true)
        let lists = String(repeating: "[", count: 500) + "a" + String(repeating: "]", count: 500)
        var expected: Value = 1
        for _ in 0..<500 { expected = [expected] }
        #expect(try JMESPath.search(lists, in: ["a": 1]) == expected)
        let projections = Array(repeating: "a[*]", count: 250).joined(separator: ".")
        var nested: Value = ["a": [1]]
        for _ in 0..<249 { nested = ["a": [nested]] }
        #expect(try JMESPath.search(projections, in: nested) != nil)
    }

    @Test("Errors raised while searching carry no position")
    func runtimeErrorsHaveNoPosition() throws {
        let error = try #require(searchError("abs(@)", #""a""#))
        #expect(error.kind == .invalidType)
        #expect(error.position == nil)
    }
}
