import JMESPath
import JSONValue
import Testing

/// `[*]`: applies the rest of the expression to each element of an array.
@Suite struct ListProjectionTests {
    private let people = #"{"people": [{"name": "a", "age": 1}, {"name": "b"}, {"age": 3}, 4]}"#

    @Test("Projects the right-hand side over each element and drops nulls")
    func projectsAndDropsNulls() {
        expectSearch("people[*].name", people, #"["a", "b"]"#)
        expectSearch("people[*].age", people, "[1, 3]")
        expectSearch("[*]", "[1, null, 2]", "[1, 2]")
    }

    @Test("Anything but an array projects to null")
    func nonArrays() {
        expectSearch("people[*]", #"{"people": {"a": 1}}"#, "null")
        expectSearch("people[*].name", #"{"people": "abc"}"#, "null")
        expectSearch("missing[*]", "{}", "null")
    }

    @Test("Projections nest: each level keeps its own array")
    func nested() {
        let document = #"{"a": [{"b": [{"c": 1}, {"c": 2}]}, {"b": [{"c": 3}]}]}"#
        expectSearch("a[*].b[*].c", document, "[[1, 2], [3]]")
        expectSearch("a[*].b[0].c", document, "[1, 3]")
    }

    @Test("A pipe stops the projection; what follows sees the whole list")
    func pipeStops() {
        let document = #"{"a": [{"b": 1}, {"b": 2}, {"b": 3}]}"#
        expectSearch("a[*].b | [0]", document, "1")
        expectSearch("a[*].b[0]", document, "[]")
        expectSearch("a[*].b | length(@)", document, "3")
    }

    @Test("Multi-selects and functions are applied per element")
    func multiSelectPerElement() {
        // A multi-select of a non-null element is not null, so 4 contributes too.
        expectSearch("people[*].[name, age]", people, #"[["a", 1], ["b", null], [null, 3], [null, null]]"#)
        expectSearch("people[*].{n: name}", people, #"[{"n": "a"}, {"n": "b"}, {"n": null}, {"n": null}]"#)
        expectSearch("people[*].to_string(name)", people, #"["a", "b", "null", "null"]"#)
    }

    @Test("Comparisons and || do not continue a projection")
    func operatorsStop() {
        expectSearch("people[*].name == `[\"a\", \"b\"]`", people, "true")
        expectSearch("people[*].zzz || 'none'", people, #""none""#)
    }
}
