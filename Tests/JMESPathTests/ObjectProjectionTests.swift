import JMESPath
import JSONValue
import Testing

/// `*` and `.*`: applies the rest of the expression to each value of an object.
@Suite struct ObjectProjectionTests {
    private let ops = #"{"ops": {"b": {"n": 2}, "a": {"n": 1}, "c": {"m": 3}, "d": 4}}"#

    @Test("Projects over values in key order and drops nulls")
    func values() {
        expectSearch("ops.*.n", ops, "[2, 1]")
        expectSearch("ops.*", ops, #"[{"n": 2}, {"n": 1}, {"m": 3}, 4]"#)
        expectSearch("*", #"{"z": 1, "a": null, "m": 2}"#, "[1, 2]")
    }

    @Test("Anything but an object projects to null")
    func nonObjects() {
        expectSearch("*", "[1, 2]", "null")
        expectSearch("a.*", #"{"a": "text"}"#, "null")
        expectSearch("missing.*.x", "{}", "null")
    }

    @Test("Object projections nest")
    func nested() {
        let document = #"{"a": {"x": {"p": 1, "q": 2}, "y": {"r": 3}}}"#
        expectSearch("a.*.*", document, "[[1, 2], [3]]")
        expectSearch("a.*.p", document, "[1]")
    }

    @Test("A list projection after an object projection")
    func mixed() {
        let document = #"{"a": {"x": [{"v": 1}, {"v": 2}], "y": [{"v": 3}]}}"#
        expectSearch("a.*[*].v", document, "[[1, 2], [3]]")
        // `.v` binds no tighter than the projection's `[0]`, so it applies to the whole list.
        expectSearch("a.*[0]", document, #"[{"v": 1}, {"v": 3}]"#)
        expectSearch("a.*[0].v", document, "null")
        expectSearch("a.*[0] | [*].v", document, "[1, 3]")
        expectSearch("a.* | [1]", document, #"[{"v": 3}]"#)
    }
}
