import Testing
@testable import AWSCLI
import JSONValue

/// `--output text` against awscli's own `text.format_text` (golden cases), and the pages of
/// a paginated command.
@Suite struct FormatTextTests {
    @Test("every golden case prints exactly what awscli's text formatter prints")
    func goldenCases() throws {
        let cases = try FormatTestSupport.cases("text-cases.json")
        #expect(cases.count > 100)
        for entry in cases {
            let expected = try #require(entry.expected)
            let actual = TextFormatter.format(entry.input)
            #expect(actual == expected, "\(entry.name): \(FormatTestSupport.firstDifference(actual, expected))")
        }
    }

    @Test("a --query string prints bare, a list of scalars on one tab-separated line, null as None")
    func queryResults() {
        #expect(TextFormatter.format(.string("https://queue/url")) == "https://queue/url\n")
        #expect(TextFormatter.format(.array([.string("a"), .int(1), .bool(true), .null])) == "a\t1\tTrue\tNone\n")
        #expect(TextFormatter.format(.null) == "None\n")
        #expect(TextFormatter.format(.array([])) == "")
        #expect(TextFormatter.format(.emptyObject) == "")
        #expect(TextFormatter.format(.array([.array([.string("k1"), .string("rsa")]), .array([.string("k2"), .string("ed25519")])]))
            == "k1\trsa\nk2\ted25519\n")
    }

    @Test("a structure's scalars print sorted on one line after the upper-cased key")
    func structureRow() {
        let value: Value = .object(["Owner": .object(["ID": .string("abc"), "DisplayName": .string("lab")]),
                                    "Buckets": .array([.object(["Name": .string("b1"), "CreationDate": .string("2024")])])])
        #expect(TextFormatter.format(value) == "BUCKETS\t2024\tb1\nOWNER\tlab\tabc\n")
    }

    @Test("pages print one after the other; a missing result is None; NextToken comes last")
    func pages() {
        let first = TextFormatter.pageDocument(results: [(path: "Contents", value: .array([.object(["Key": .string("a")])]))],
                                               base: .object(["Name": .string("bucket"), "Prefix": .null]))
        let second = TextFormatter.pageDocument(results: [(path: "Contents", value: .array([.object(["Key": .string("b")])]))])
        let empty = TextFormatter.pageDocument(results: [(path: "QueueUrls", value: .null)])
        let resume = TextFormatter.resumeDocument(token: "abc=")
        #expect(TextFormatter.format(pages: [first, second, resume])
            == "bucket\tNone\nCONTENTS\ta\nCONTENTS\tb\nNEXTTOKEN\tabc=\n")
        #expect(TextFormatter.format(pages: [empty]) == "None\n")
    }

    @Test("a dotted result key nests its value, as botocore's set_value_from_jmespath does")
    func dottedResultKey() {
        let page = TextFormatter.pageDocument(results: [(path: "DistributionList.Items", value: .array([.string("d1")]))],
                                              base: .object(["DistributionList": .object(["Marker": .string("m")])]))
        #expect(page == .object(["DistributionList": .object(["Marker": .string("m"), "Items": .array([.string("d1")])])]))
        #expect(TextFormatter.format(page) == "DISTRIBUTIONLIST\tm\nITEMS\td1\n")
    }
}
