import JMESPath
import JSONValue
import Testing

/// `[?condition]`: keeps the elements for which the condition is truthy, then projects.
@Suite struct FilterProjectionTests {
    private let instances = #"""
        {"i": [{"id": "a", "state": "running", "cpu": 2, "tags": []},
               {"id": "b", "state": "stopped", "cpu": 4.0, "tags": ["x"]},
               {"id": "c", "state": "running", "cpu": 8}]}
        """#

    @Test("Comparisons select elements; the projection continues after the filter")
    func comparisons() {
        expectSearch("i[?state == 'running'].id", instances, #"["a", "c"]"#)
        expectSearch("i[?cpu > `2`].id", instances, #"["b", "c"]"#)
        expectSearch("i[?cpu == `4`].id", instances, #"["b"]"#)
        expectSearch("i[?cpu >= `4` && state == 'running'].id", instances, #"["c"]"#)
        expectSearch("i[?state != 'running' || cpu < `3`].id", instances, #"["a", "b"]"#)
    }

    @Test("Truthiness: empty arrays, missing keys and false filter out")
    func truthiness() {
        expectSearch("i[?tags].id", instances, #"["b"]"#)
        expectSearch("i[?!tags].id", instances, #"["a", "c"]"#)
        expectSearch("[?@]", #"[0, "", [], {}, false, null, "x", 0.0]"#, #"[0, "x", 0.0]"#)
    }

    @Test("Ordering a number against anything but a number gives null, which filters out")
    func mixedOrdering() {
        expectSearch("[?@ > `1`]", #"[0, 2, "3", null, true, [5]]"#, "[2]")
        expectSearch("[?@ < 'b']", #"["a", "c", 1]"#, #"["a"]"#)
    }

    @Test("Filters apply to arrays only")
    func nonArrays() {
        expectSearch("i[?id]", #"{"i": {"id": "a"}}"#, "null")
        expectSearch("[?a]", "{}", "null")
    }

    @Test("A second filter applies to each element; a pipe or a flatten restarts from the list")
    func chaining() {
        expectSearch("i[?cpu > `1`][?state == 'running'].id", instances, "[]")
        expectSearch("i[?cpu > `1`] | [?state == 'running'].id", instances, #"["a", "c"]"#)
        expectSearch("[?length(@) > `1`][]", "[[1, 2], [3], [4, 5]]", "[1, 2, 4, 5]")
    }

    @Test("Literal comparisons in filters, including 1 == 1.0")
    func literals() {
        expectSearch("[?@ == `1`]", "[1, 1.0, 2, true]", "[1, 1.0]")
        expectSearch("[?@ == `{\"a\": [1, 2]}`]", #"[{"a": [1, 2]}, {"a": [2, 1]}]"#, #"[{"a": [1, 2]}]"#)
    }
}
