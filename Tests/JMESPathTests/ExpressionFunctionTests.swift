import JMESPath
import JSONValue
import Testing

/// sort_by, max_by, min_by: functions keyed by an expression reference.
@Suite struct ExpressionFunctionTests {
    private let people = #"""
        [{"name": "b", "age": 30}, {"name": "a", "age": 20}, {"name": "c", "age": 30}, {"name": "d", "age": 20.0}]
        """#

    @Test("sort_by sorts by a number or string key, keeping equal keys in order")
    func sortBy() {
        expectSearch("sort_by(@, &age)[*].name", people, #"["a", "d", "b", "c"]"#)
        expectSearch("sort_by(@, &name)[*].name", people, #"["a", "b", "c", "d"]"#)
        expectSearch("sort_by(@, &age)", "[]", "[]")
    }

    @Test("sort_by needs every key to have the first key's type")
    func sortByTypes() {
        expectError("sort_by(@, &a)", .invalidType, on: #"[{"a": 1}, {"a": "x"}]"#)
        expectError("sort_by(@, &a)", .invalidType, on: #"[{"a": null}]"#)
        expectError("sort_by(@, &a)", .invalidType, on: #"[{"a": [1]}, {"a": [2]}]"#)
    }

    @Test("max_by and min_by return the first element with the extreme key")
    func extremesBy() {
        expectSearch("max_by(@, &age).name", people, #""b""#)
        expectSearch("min_by(@, &age).name", people, #""a""#)
        expectSearch("max_by(@, &name).name", people, #""d""#)
        expectSearch("min_by(@, &age)", "[]", "null")
    }

    @Test("max_by and min_by keys must be numbers or strings, all of one type")
    func extremesByTypes() {
        expectError("max_by(@, &a)", .invalidType, on: #"[{"a": true}]"#)
        expectError("min_by(@, &a)", .invalidType, on: #"[{"a": 1}, {"a": "x"}]"#)
    }

    @Test("The expression argument must be an expression reference, and only there")
    func expressionArguments() {
        expectError("sort_by(@, age)", .invalidType, on: people)
        expectError("map(a, @)", .invalidType, on: "[]")
        expectError("length(&a)", .invalidType)
        expectError("to_array(&a)", .invalidType)
    }
}
