import JMESPath
import JSONValue
import Testing

/// Argument type errors, worded as jmespath.py words them.
@Suite struct FunctionTypeErrorTests {
    private func message(_ expression: String, _ document: String = "{}") -> String? {
        let error = searchError(expression, document)
        #expect(error?.kind == .invalidType)
        return error?.message
    }

    @Test("A wrong top-level type names the JMESPath type received")
    func topLevel() {
        #expect(
            message("abs('a')")
                == #"In function abs(), invalid type for value: a, expected one of: ['number'], received: "string""#)
        #expect(
            message("map(&a, `3`)")
                == #"In function map(), invalid type for value: 3, expected one of: ['array'], received: "number""#)
        #expect(message("keys(@)", "[1]")?.hasSuffix(#"expected one of: ['object'], received: "array""#) == true)
    }

    @Test("A wrong element type names the Python type received, as jmespath.py does")
    func elements() {
        #expect(
            message("avg(['a'])")
                == #"In function avg(), invalid type for value: a, expected one of: ['array-number'], received: "str""#)
        #expect(
            message("max([`1`, 'a'])")
                == "In function max(), invalid type for value: a, expected one of: ['array-number', 'array-string'], "
                + #"received: "str""#)
        #expect(message("sum(@)", "[1, true]")?.hasSuffix(#"received: "bool""#) == true)
        #expect(message("join(',', @)", #"["a", null]"#)?.hasSuffix(#"received: "NoneType""#) == true)
    }

    @Test("Each function checks its arguments")
    func everyFunction() {
        let cases: [(String, String)] = [
            ("avg(@)", #""x""#), ("ceil('1')", "{}"), ("contains(`1`, @)", "{}"), ("ends_with(`1`, 'a')", "{}"),
            ("floor(`[]`)", "{}"), ("join(`1`, @)", "[]"), ("length(`1`)", "{}"), ("max(@)", "[[1]]"),
            ("merge(@, `1`)", "{}"), ("min(@)", "[true]"), ("reverse(`1`)", "{}"), ("sort(@)", #"[1, "a"]"#),
            ("starts_with('a', `1`)", "{}"), ("sum(@)", #"["1"]"#), ("values(@)", "[]"), ("sort_by(`1`, &a)", "{}"),
        ]
        for (expression, document) in cases {
            let error = searchError(expression, document)
            #expect(error?.kind == .invalidType, "\(expression) on \(document): \(String(describing: error))")
        }
    }
}
