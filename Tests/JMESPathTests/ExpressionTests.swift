import Foundation
import JMESPath
import JSONValue
import Testing

/// Sub-expressions, indexes, pipes, multi-selects, logic, comparisons, `@` and literals.
@Suite struct ExpressionTests {
    @Test("Sub-expressions and indexes; null propagates")
    func subExpressions() {
        let document = #"{"a": {"b": [{"c": 1}, {"c": 2}]}}"#
        expectSearch("a.b[1].c", document, "2")
        expectSearch("a.b[-1].c", document, "2")
        expectSearch("a.b[2].c", document, "null")
        expectSearch("a.x.y.z", document, "null")
        expectSearch("a.b.c", document, "null")
        expectSearch("[0]", #"{"0": 1}"#, "null")
    }

    @Test("Plain dotted paths (compiled without the tokenizer) behave like any other")
    func plainPaths() {
        expectSearch("Owner.ID", #"{"Owner": {"ID": "x"}}"#, #""x""#)
        expectSearch("a.b9._c", #"{"a": {"b9": {"_c": 1}}}"#, "1")
        expectSearch("a.b", #"{"a": [{"b": 1}]}"#, "null")
        expectError("a..b", .syntax)
        expectError("a.", .syntax)
        expectError(".a", .syntax)
        expectError("a.9", .syntax)
    }

    @Test("Functions after a dot receive the current value, even null")
    func functionsAfterDot() {
        expectSearch("a.length(@)", #"{"a": "abc"}"#, "3")
        expectSearch("missing.to_string(@)", "{}", #""null""#)
    }

    @Test("Pipes pass the whole result on")
    func pipes() {
        expectSearch("a | b | c", #"{"a": {"b": {"c": 3}}}"#, "3")
        expectSearch("[*].a | [1]", #"[{"a": 1}, {"a": 2}]"#, "2")
        expectSearch("(a | b).c", #"{"a": {"b": {"c": 4}}}"#, "4")
    }

    @Test("Multi-select lists and hashes; null input gives null")
    func multiSelect() {
        let document = #"{"a": 1, "b": {"c": 2}}"#
        expectSearch("[a, b.c, x]", document, "[1, 2, null]")
        expectSearch("{z: a, y: b.c, x: x}", document, #"{"z": 1, "y": 2, "x": null}"#)
        expectSearch("{\"quoted key\": a}", document, #"{"quoted key": 1}"#)
        expectSearch("x.[a]", document, "null")
        expectSearch("x.{a: a}", document, "null")
        expectSearch("{a: a, a: b.c}", document, #"{"a": 2}"#)
    }

    @Test("Multi-select hash keys keep the order written")
    func hashOrder() throws {
        let result = try search("{z: a, a: a, m: a}", #"{"a": 1}"#)
        #expect(result.objectValue.map { Array($0.keys) } == ["z", "a", "m"])
    }

    @Test("|| and && return an operand, with JMESPath truthiness")
    func logic() {
        expectSearch("a || b", #"{"a": [], "b": "x"}"#, #""x""#)
        expectSearch("a || b", #"{"a": 0, "b": "x"}"#, "0")
        expectSearch("a && b", #"{"a": {}, "b": 1}"#, "{}")
        expectSearch("a && b", #"{"a": "t", "b": 1}"#, "1")
        expectSearch("a || b && c", #"{"a": false, "b": true, "c": 5}"#, "5")
    }

    @Test("! negates truthiness; numbers are always truthy")
    func not() {
        expectSearch("!a", #"{"a": 0}"#, "false")
        expectSearch("!a", #"{"a": ""}"#, "true")
        expectSearch("!a", "{}", "true")
        expectSearch("!!a", #"{"a": [1]}"#, "true")
    }

    @Test("Equality is deep; 1 equals 1.0; booleans are not numbers; key order does not matter")
    func equality() {
        expectSearch("a == b", #"{"a": 1, "b": 1.0}"#, "true")
        expectSearch("a == b", #"{"a": 1, "b": true}"#, "false")
        expectSearch("a == b", #"{"a": {"x": 1, "y": [1, 2]}, "b": {"y": [1, 2], "x": 1}}"#, "true")
        expectSearch("a == b", #"{"a": [1, 2], "b": [2, 1]}"#, "false")
        expectSearch("a != b", #"{"a": null}"#, "false")
        expectSearch("a == 'é'", #"{"a": "é"}"#, "true")
    }

    @Test("Ordering compares numbers or strings (by code point); anything else gives null")
    func ordering() {
        expectSearch("a < b", #"{"a": 1, "b": 1.5}"#, "true")
        expectSearch("a >= b", #"{"a": 2, "b": 2.0}"#, "true")
        expectSearch("a < b", #"{"a": "Z", "b": "a"}"#, "true")
        expectSearch("a > b", #"{"a": "é", "b": "z"}"#, "true")
        expectSearch("a < b", #"{"a": 1, "b": "2"}"#, "null")
        expectSearch("a < b", #"{"a": [1], "b": [2]}"#, "null")
        expectSearch("a < b", #"{"a": true, "b": false}"#, "null")
    }

    @Test("@ is the current node; parentheses group")
    func currentAndParentheses() {
        expectSearch("@", "[1]", "[1]")
        expectSearch("@.a", #"{"a": 2}"#, "2")
        expectSearch("(a || b).c", #"{"b": {"c": 3}}"#, "3")
    }

    @Test("Literals are values of any type")
    func literals() {
        expectSearch("`null`", "{}", "null")
        expectSearch("`1.0`", "{}", "1.0")
        expectSearch("'x' == `\"x\"`", "{}", "true")
        expectSearch("{a: `[1]`, b: 'raw'}", "{}", #"{"a": [1], "b": "raw"}"#)
    }

    @Test("An expression reference outside a function argument is an error")
    func expressionReferenceAsValue() {
        expectError("&a", .invalidType)
        expectError("[&a]", .invalidType)
    }

    @Test("Blobs are their base64 text")
    func blobs() throws {
        let data = Value.object(["b": .blob(Data([1, 2, 3])), "empty": .blob(Data())])
        #expect(try JMESPath.search("type(b)", in: data) == "string")
        #expect(try JMESPath.search("b == 'AQID'", in: data) == true)
        #expect(try JMESPath.search("length(b)", in: data) == 4)
        #expect(try JMESPath.search("empty || 'none'", in: data) == "none")
    }
}
