import JSONValue
import Testing

@Suite struct JSONParserTests {
    @Test func keepsKeyOrderAndNumberKinds() throws {
        let v = try JSONParser.parse(#"{"b": 1, "a": 2.5, "c": [true, null, "x"]}"#)
        #expect(v.objectValue.map { Array($0.keys) } == ["b", "a", "c"])
        #expect(v["b"] == .int(1))
        #expect(v["a"] == .double(2.5))
        #expect(v["c"] == [true, nil, "x"])
    }

    @Test func decodesEscapesAndSurrogates() throws {
        let v = try JSONParser.parse(#""a\n\t\"\\\/\u00e9\ud83d\ude00""#)
        #expect(v == .string("a\n\t\"\\/é😀"))
    }

    @Test(arguments: [
        ("", "Expecting value: line 1 column 1 (char 0)"),
        ("{\"a\" 1}", "Expecting ':' delimiter: line 1 column 6 (char 5)"),
        ("{\"a\": 1,}", "Expecting property name enclosed in double quotes: line 1 column 9 (char 8)"),
        ("[1 2]", "Expecting ',' delimiter: line 1 column 4 (char 3)"),
        ("{a: 1}", "Expecting property name enclosed in double quotes: line 1 column 2 (char 1)"),
        ("\"abc", "Unterminated string starting at: line 1 column 1 (char 0)"),
        ("[1]x", "Extra data: line 1 column 4 (char 3)"),
        ("{\n  \"a\": tru\n}", "Expecting value: line 2 column 8 (char 9)"),
    ])
    func errorsAreWordedLikePython(input: String, message: String) {
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(input) }
        do {
            _ = try JSONParser.parse(input)
        } catch {
            #expect(error.description == message)
        }
    }
}

@Suite struct JSONWriterTests {
    @Test func indentsLikePythonJSONDumps() {
        let v: Value = ["a": 1, "b": [1, 2], "c": [:], "d": [], "e": "é\n", "f": 1.0, "g": nil, "h": true]
        let expected = """
            {
                "a": 1,
                "b": [
                    1,
                    2
                ],
                "c": {},
                "d": [],
                "e": "é\\n",
                "f": 1.0,
                "g": null,
                "h": true
            }
            """
        #expect(JSONWriter.write(v) == expected)
    }

    @Test func compactFormUsesPythonSeparators() {
        #expect(JSONWriter.write(["a": [1, "x"]], indent: nil) == #"{"a": [1, "x"]}"#)
    }

    @Test func doublesPrintLikePythonRepr() {
        #expect(JSONWriter.formatDouble(0.1) == "0.1")
        #expect(JSONWriter.formatDouble(3.0) == "3.0")
        #expect(JSONWriter.formatDouble(-2.5) == "-2.5")
        #expect(JSONWriter.formatDouble(1e-05) == "1e-05")
    }

    @Test func controlCharactersAreEscaped() {
        #expect(JSONWriter.quote("\u{1}") == "\"\\u0001\"")
    }
}
