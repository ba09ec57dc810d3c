import Testing
@testable import AWSCLI
import JSONValue

/// `--output yaml` and `yaml-stream` against ruamel.yaml's safe dumper, which AWS CLI v2
/// prints YAML with (golden cases), and the pieces of the emitter.
@Suite struct FormatYAMLTests {
    @Test("every golden case prints exactly what ruamel.yaml prints")
    func goldenCases() throws {
        let cases = try FormatTestSupport.cases("yaml-cases.json")
        #expect(cases.count > 300)
        for entry in cases {
            let expected = try #require(entry.expected)
            let actual = OutputFormatter.render(entry.input, format: "yaml")
            #expect(actual == expected, "\(entry.name): \(FormatTestSupport.firstDifference(actual, expected))")
        }
    }

    @Test("timestamps, numbers in strings and empty strings are quoted; YAML 1.1 words are not")
    func quoting() {
        let value: Value = .object([
            "Created": .string("2024-05-01T12:00:00+00:00"), "Count": .string("10"), "Empty": .string(""),
            "Flag": .string("yes"), "Real": .double(1.5), "On": .bool(true), "Gone": .null,
        ])
        #expect(YAMLFormatter.format(value) == """
            Count: '10'
            Created: '2024-05-01T12:00:00+00:00'
            Empty: ''
            Flag: yes
            Gone: null
            On: true
            Real: 1.5

            """)
    }

    @Test("a lone plain scalar ends with the document end marker; a quoted one does not")
    func rootScalars() {
        #expect(YAMLFormatter.format(.string("abc")) == "abc\n...\n")
        #expect(YAMLFormatter.format(.int(3)) == "3\n...\n")
        #expect(YAMLFormatter.format(.string("1")) == "'1'\n")
        #expect(YAMLFormatter.format(.array([])) == "[]\n")
    }

    @Test("yaml-stream prints each page as an item of one list")
    func stream() {
        let pages: [Value] = [
            .object(["IsTruncated": .bool(true), "Users": .array([.object(["UserName": .string("a")])])]),
            .object(["IsTruncated": .bool(false), "Users": .array([.object(["UserName": .string("b")])])]),
        ]
        #expect(YAMLFormatter.formatStream(pages: pages) == """
            - IsTruncated: true
              Users:
              - UserName: a
            - IsTruncated: false
              Users:
              - UserName: b

            """)
        #expect(OutputFormatter.render(.emptyObject, format: "yaml-stream") == "- {}\n")
    }

    @Test("the implicit resolver follows YAML 1.2")
    func resolver() {
        for text in ["true", "False", "1", "-1", "0x1F", "0o17", "1.5", "1e3", ".inf", "null", "~", "", "2024-05-01", "<<", "="] {
            #expect(YAMLImplicitResolver.resolvesToNonString(text), "\(text)")
        }
        for text in ["yes", "on", "y", "1:20", "_1", "abc", "nil", "1.2.3", "2024-5-1"] {
            #expect(!YAMLImplicitResolver.resolvesToNonString(text), "\(text)")
        }
    }
}
