import Testing
@testable import AWSCLI
import JSONValue

/// `--output table` against awscli's own `TableFormatter` (golden cases at terminal widths
/// 80, 40 and 200), and the table pieces on their own.
@Suite struct FormatTableTests {
    @Test("every golden case draws exactly what awscli's table formatter draws")
    func goldenCases() throws {
        let cases = try FormatTestSupport.cases("table-cases.json")
        #expect(cases.count > 100)
        for entry in cases {
            let result = Result { () throws(TableFormatError) -> String in
                try TableFormatter.render(entry.input, title: entry.title, terminalWidth: entry.width)
            }
            switch result {
            case .success(let actual):
                let expected = try #require(entry.expected, "\(entry.name): expected the error \(entry.error ?? "")")
                #expect(actual == expected, "\(entry.name) @\(entry.width): \(FormatTestSupport.firstDifference(actual, expected))")
            case .failure(let error):
                #expect(error.message == entry.error, "\(entry.name)")
            }
        }
    }

    @Test("rows of different lengths fail with the CLI's message")
    func rowLengthError() {
        let value: Value = .array([.array([.string("a"), .string("b")]), .array([.string("c")])])
        #expect(throws: TableFormatError(message: "Row should have 2 elements, instead it has 1")) {
            try TableFormatter.render(value, title: "X")
        }
        #expect(TableFormatter.format(value, title: "X") == "")
    }

    @Test("a single key structure is one key | value row under the centred title")
    func singleKey() throws {
        let table = TableFormatter.format(.object(["QueueUrl": .string("https://q/1")]), title: "CreateQueue")
        #expect(table == """
            -----------------------------
            |        CreateQueue        |
            +-----------+---------------+
            |  QueueUrl |  https://q/1  |
            +-----------+---------------+

            """)
    }

    @Test("wide characters count two columns; scaled widths add up to the table width")
    func widths() {
        #expect(DisplayWidth.of("abc") == 3)
        #expect(DisplayWidth.of("日本") == 4)
        #expect(DisplayWidth.of("±") == 2)
        var section = TableSection(title: "T")
        section.addHeader(["a", "bbbbbbb", "cc"])
        #expect(section.columnWidths(padding: 4, maxWidth: 50).reduce(0, +) == 50)
        #expect(section.columnWidths(padding: 4, maxWidth: 7).reduce(0, +) == 7)
    }

    @Test("nothing is printed for empty or false-like responses")
    func emptyResponses() {
        for value: Value in [.emptyObject, .array([]), .null, .bool(false), .int(0), .string("")] {
            #expect(TableFormatter.format(value, title: "X") == "")
        }
    }
}
