import JMESPath
import JSONValue
import Testing

/// `[]`: flattens one level of nested arrays, then projects.
@Suite struct FlattenProjectionTests {
    @Test("Merges nested arrays one level deep")
    func oneLevel() {
        expectSearch("[]", "[[1, 2], 3, [4, [5]]]", "[1, 2, 3, 4, [5]]")
        expectSearch("[][]", "[[1, 2], 3, [4, [5]]]", "[1, 2, 3, 4, 5]")
        expectSearch("a[]", #"{"a": [[{"b": 1}], [{"b": 2}, {"b": 3}]]}"#, #"[{"b": 1}, {"b": 2}, {"b": 3}]"#)
    }

    @Test("Projects what follows over the flattened list")
    func projects() {
        let document = #"{"r": [{"i": [{"id": "a"}, {"id": "b"}]}, {"i": [{"id": "c"}]}]}"#
        expectSearch("r[].i[].id", document, #"["a", "b", "c"]"#)
        expectSearch("r[*].i[*].id", document, #"[["a", "b"], ["c"]]"#)
        expectSearch("r[*].i[].id", document, #"["a", "b", "c"]"#)
        expectSearch("r[*].i[0].id", document, #"["a", "c"]"#)
    }

    @Test("A flatten stops the projection before it and flattens its whole result")
    func flattenProjection() {
        let document = #"{"r": [{"i": [1, 2]}, {"i": [3]}, {"x": 0}]}"#
        expectSearch("r[*].i", document, "[[1, 2], [3]]")
        expectSearch("r[*].i[]", document, "[1, 2, 3]")
        expectSearch("r[*].i | []", document, "[1, 2, 3]")
    }

    @Test("Nulls are dropped, non-arrays give null")
    func nullsAndNonArrays() {
        expectSearch("[]", "[null, [null, 1]]", "[1]")
        expectSearch("[].a", #"[{"a": null}, {"a": 1}]"#, "[1]")
        expectSearch("a[]", #"{"a": {"b": 1}}"#, "null")
        expectSearch("[]", #""text""#, "null")
    }
}
