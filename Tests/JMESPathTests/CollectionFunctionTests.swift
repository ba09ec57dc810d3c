import JMESPath
import JSONValue
import Testing

/// keys, values, merge, not_null, to_array, sort, map.
@Suite struct CollectionFunctionTests {
    @Test("keys and values keep the object's order")
    func keysAndValues() {
        expectSearch("keys(@)", #"{"b": 1, "a": 2}"#, #"["b", "a"]"#)
        expectSearch("values(@)", #"{"b": 1, "a": 2}"#, "[1, 2]")
    }

    @Test("merge: later objects win, keys keep their first position")
    func merge() throws {
        let result = try search("merge(a, b, c)", #"{"a": {"x": 1, "y": 2}, "b": {"z": 3, "x": 4}, "c": {}}"#)
        #expect(sameValue(result, try json(#"{"x": 4, "y": 2, "z": 3}"#)))
        #expect(result.objectValue.map { Array($0.keys) } == ["x", "y", "z"])
        expectSearch("merge(`{}`)", "{}", "{}")
    }

    @Test("not_null returns the first non-null argument")
    func notNull() {
        expectSearch("not_null(a, b, c)", #"{"b": false, "c": 1}"#, "false")
        expectSearch("not_null(a, b)", "{}", "null")
    }

    @Test("to_array wraps anything but an array")
    func toArray() {
        expectSearch("to_array(@)", "[1]", "[1]")
        expectSearch("to_array(@)", #""a""#, #"["a"]"#)
        expectSearch("to_array(a)", "{}", "[null]")
    }

    @Test("sort sorts numbers or strings, stably")
    func sort() {
        expectSearch("sort(@)", "[3, 1.5, 2, 1]", "[1, 1.5, 2, 3]")
        expectSearch("sort(@)", "[2, 1, 2.0, 1.0]", "[1, 1.0, 2, 2.0]")
        expectSearch("sort(@)", #"["b", "B", "a", "é"]"#, #"["B", "a", "b", "é"]"#)
        expectSearch("sort(@)", "[]", "[]")
    }

    @Test("map applies an expression to each element, keeping nulls")
    func map() {
        expectSearch("map(&a, @)", #"[{"a": 1}, {}, {"a": 3}]"#, "[1, null, 3]")
        expectSearch("map(&[a, b], @)", #"[{"a": 1}]"#, "[[1, null]]")
        expectSearch("map(&length(@), @)", #"["ab", [1]]"#, "[2, 1]")
    }
}
