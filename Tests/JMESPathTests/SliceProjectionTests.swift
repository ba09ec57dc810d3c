import JMESPath
import JSONValue
import Testing

/// `[start:stop:step]`: Python slice semantics; a slice projects what follows.
@Suite struct SliceProjectionTests {
    private let digits = "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]"

    @Test("Defaults and negative positions")
    func positions() {
        expectSearch("[:3]", digits, "[0, 1, 2]")
        expectSearch("[7:]", digits, "[7, 8, 9]")
        expectSearch("[-2:]", digits, "[8, 9]")
        expectSearch("[:-8]", digits, "[0, 1]")
        expectSearch("[::]", "[1, 2]", "[1, 2]")
        expectSearch("[5:2]", digits, "[]")
    }

    @Test("Steps, including negative ones")
    func steps() {
        expectSearch("[::3]", digits, "[0, 3, 6, 9]")
        expectSearch("[::-1]", "[1, 2, 3]", "[3, 2, 1]")
        expectSearch("[8:2:-2]", digits, "[8, 6, 4]")
        expectSearch("[-1:-4:-1]", digits, "[9, 8, 7]")
        expectSearch("[:2:-1]", digits, "[9, 8, 7, 6, 5, 4, 3]")
    }

    @Test("Out-of-range positions clamp")
    func clamping() {
        expectSearch("[-100:100]", "[1, 2]", "[1, 2]")
        expectSearch("[100:]", "[1, 2]", "[]")
        expectSearch("[100::-1]", "[1, 2]", "[2, 1]")
        expectSearch("[:-100:-1]", "[1, 2]", "[2, 1]")
        expectSearch("[::99999999999999999999]", "[1, 2]", "[1]")
    }

    @Test("A zero step is an invalid-value error; non-arrays give null")
    func zeroStepAndNonArrays() {
        expectError("[::0]", .invalidValue, on: "[1]")
        expectSearch("[1:]", #""text""#, "null")
        expectSearch("a[1:]", #"{"a": {"b": 1}}"#, "null")
    }

    @Test("A slice projects what follows it")
    func projects() {
        let document = #"{"a": [{"b": 1}, {"b": 2}, {"c": 3}]}"#
        expectSearch("a[:2].b", document, "[1, 2]")
        expectSearch("a[1:].b", document, "[2]")
        expectSearch("a[:2] | [0].b", document, "1")
    }

    @Test("Right after an index, a slice extends the index expression (as jmespath.py does)")
    func sliceAfterIndex() {
        let document = #"{"a": [[{"b": 1}, {"b": 2}], [{"b": 3}]]}"#
        expectSearch("a[0][0:2]", document, #"[{"b": 1}, {"b": 2}]"#)
        expectSearch("a[0][0:2].b", document, "null")
        expectSearch("a[:1][0:2].b", document, "[[1, 2]]")
    }
}
