import JMESPath
import JSONValue
import Testing

/// contains, starts_with, ends_with, join, length, reverse, to_string, type.
@Suite struct StringFunctionTests {
    @Test("contains on strings (substrings) and arrays (equal elements)")
    func contains() {
        expectSearch("contains('foobar', 'oba')", "{}", "true")
        expectSearch("contains('foobar', '')", "{}", "true")
        expectSearch("contains('foo', 'x')", "{}", "false")
        expectSearch("contains(@, `1.0`)", "[1, 2]", "true")
        // jmespath.py says true here (Python's True == 1); JMESPath booleans are not numbers.
        expectSearch("contains(@, `true`)", "[1, 2]", "false")
        expectSearch("contains(@, `{\"a\": 1}`)", #"[{"a": 1}]"#, "true")
        // jmespath.py raises a Python TypeError here.
        expectSearch("contains('abc', `1`)", "{}", "false")
    }

    @Test("starts_with and ends_with compare code points")
    func prefixes() {
        expectSearch("starts_with('i-123', 'i-')", "{}", "true")
        expectSearch("starts_with('i-123', 'I-')", "{}", "false")
        expectSearch("ends_with('file.json', '.json')", "{}", "true")
        expectSearch("ends_with('é', 'e')", "{}", "false")
    }

    @Test("join, length, reverse")
    func joinLengthReverse() {
        expectSearch("join(', ', @)", #"["a", "b"]"#, #""a, b""#)
        expectSearch("join('', @)", "[]", #""""#)
        expectSearch("length('héllo')", "{}", "5")
        expectSearch("length('𝄞')", "{}", "1")
        expectSearch("length(@)", #"{"a": 1, "b": 2}"#, "2")
        expectSearch("reverse('abc')", "{}", #""cba""#)
        expectSearch("reverse(@)", "[1, [2], 3]", "[3, [2], 1]")
    }

    @Test("to_string: strings unchanged, anything else as compact ASCII JSON")
    func toString() {
        expectSearch("to_string('x')", "{}", #""x""#)
        expectSearch("to_string(@)", #"{"b": [1, 2.5, null], "a": true}"#, #""{\"b\":[1,2.5,null],\"a\":true}""#)
        expectSearch("to_string(`1.0`)", "{}", #""1.0""#)
        expectSearch("to_string(`[\"é\", \"𝄞\"]`)", "{}", #""[\"\\u00e9\",\"\\ud834\\udd1e\"]""#)
        expectSearch("to_string(`\"tab\\there\"`)", "{}", #""tab\there""#)
        expectSearch("to_string(`[\"tab\\there\"]`)", "{}", #""[\"tab\\there\"]""#)
    }

    @Test("type names the JMESPath type")
    func type() {
        expectSearch("[type(`1`), type(`1.5`), type('a'), type(`true`), type(`null`), type(`[]`), type(`{}`)]",
            "{}", #"["number", "number", "string", "boolean", "null", "array", "object"]"#)
    }
}
