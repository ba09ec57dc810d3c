import Testing
@testable import AWSCLI
import JSONValue

/// Outputs of the real `aws` CLI (awscli 1.45, whose text and table formatters AWS CLI v2
/// shares) against moto, captured in `Snapshots/Formats/cli`: the same responses, taken
/// from `--output json`, must print byte for byte alike in `text` and `table`.
@Suite struct FormatCLIGoldenTests {
    /// Capture name and the operation whose name titles the table.
    private static let responses: [(name: String, operation: String)] = [
        ("sqs-create-queue", "CreateQueue"),
        ("sqs-get-queue-attributes", "GetQueueAttributes"),
        ("sqs-list-queues", "ListQueues"),
        ("s3-list-buckets", "ListBuckets"),
        ("s3-list-objects-v2", "ListObjectsV2"),
        ("s3-list-objects-v2-delimiter", "ListObjectsV2"),
        ("s3-head-object", "HeadObject"),
        ("s3-get-object-tagging", "GetObjectTagging"),
        ("sts-get-caller-identity", "GetCallerIdentity"),
        ("query-projection", "ListObjectsV2"),
        ("query-list-of-lists", "ListObjectsV2"),
    ]

    @Test("json, text and table of captured responses match the real CLI")
    func responses() throws {
        for (name, operation) in Self.responses {
            let json = try FormatTestSupport.text(name + ".json")
            let value = try JSONParser.parse(json)
            #expect(OutputFormatter.render(value, format: "json") == json, "\(name) json")
            let text = try FormatTestSupport.text(name + ".text.txt")
            let actualText = OutputFormatter.render(value, format: "text")
            #expect(actualText == text, "\(name) text: \(FormatTestSupport.firstDifference(actualText, text))")
            let table = try FormatTestSupport.text(name + ".table.txt")
            let actualTable = OutputFormatter.render(value, format: "table", operationName: operation)
            #expect(actualTable == table, "\(name) table: \(FormatTestSupport.firstDifference(actualTable, table))")
        }
    }

    @Test("--query scalars: a bare string, None, a number; a string table is only its title")
    func queryScalars() throws {
        let url = try FormatTestSupport.text("query-scalar.text.txt")
        let value = Value.string(String(url.dropLast()))
        #expect(OutputFormatter.render(value, format: "text") == url)
        #expect(OutputFormatter.render(value, format: "table", operationName: "GetQueueUrl")
            == (try FormatTestSupport.text("query-scalar.table.txt")))
        #expect(OutputFormatter.render(.null, format: "text") == (try FormatTestSupport.text("query-null.text.txt")))
        #expect(OutputFormatter.render(.int(4), format: "text") == (try FormatTestSupport.text("query-number.text.txt")))
        // list-objects-v2 is paginated: in text, --query runs on each page's document, which
        // holds the result keys and not IsTruncated, so `--query IsTruncated` prints None.
        let document = textPages([try FormatTestSupport.json("s3-list-objects-v2.json")])[0]
        #expect(document["IsTruncated"] == nil)
        #expect(OutputFormatter.render(document["IsTruncated"] ?? .null, format: "text")
            == (try FormatTestSupport.text("query-bool.text.txt")))
        let projection: Value = .object(["A": .string("arn:aws:sqs:us-east-1:123456789012:conf-std"), "B": .bool(true)])
        #expect(OutputFormatter.render(projection, format: "table", operationName: "GetQueueAttributes")
            == (try FormatTestSupport.text("query-bool.table.txt")))
    }

    // MARK: - Pagination (list-objects-v2 --page-size 1 over four objects)

    private func pages() throws -> [Value] {
        try (1...4).map { try FormatTestSupport.json("s3-list-objects-v2-page\($0).json") }
    }

    /// The page documents the CLI's text formatter builds: result keys, and on the first
    /// page the non-aggregate keys of ListObjectsV2 (RequestCharged, Prefix).
    private func textPages(_ pages: [Value]) -> [Value] {
        pages.enumerated().map { index, page in
            TextFormatter.pageDocument(results: [(path: "Contents", value: page["Contents"] ?? .null),
                                                 (path: "CommonPrefixes", value: page["CommonPrefixes"] ?? .null)],
                                       base: index == 0 ? .object(["RequestCharged": page["RequestCharged"] ?? .null,
                                                                   "Prefix": page["Prefix"] ?? .null]) : .emptyObject)
        }
    }

    @Test("text prints page by page, with the first page's non-aggregate keys")
    func pagedText() throws {
        let expected = try FormatTestSupport.text("s3-list-objects-v2-paged.text.txt")
        let actual = TextFormatter.format(pages: textPages(try pages()))
        #expect(actual == expected, "\(FormatTestSupport.firstDifference(actual, expected))")
    }

    @Test("--max-items ends the text with a NEXTTOKEN line")
    func maxItemsText() throws {
        let expected = try FormatTestSupport.text("s3-list-objects-v2-max-items.text.txt")
        let token = try #require(expected.split(separator: "\n").last?.split(separator: "\t").last)
        let documents = Array(textPages(try pages()).prefix(2)) + [TextFormatter.resumeDocument(token: String(token))]
        #expect(TextFormatter.format(pages: documents) == expected)
    }

    @Test("--query applies to each page: one key a line")
    func pagedQuery() throws {
        let keys = try pages().map { Value.array(($0["Contents"]?.arrayValue ?? []).compactMap { $0["Key"] }) }
        #expect(TextFormatter.format(pages: keys) == (try FormatTestSupport.text("s3-list-objects-v2-paged-query.text.txt")))
    }

    @Test("table prints the merged result of all pages")
    func pagedTable() throws {
        let contents = try pages().flatMap { $0["Contents"]?.arrayValue ?? [] }
        let merged: Value = .object(["Contents": .array(contents), "RequestCharged": .null, "Prefix": .string("")])
        let expected = try FormatTestSupport.text("s3-list-objects-v2-paged.table.txt")
        let actual = OutputFormatter.render(pages: [], merged: merged, format: "table", operationName: "ListObjectsV2")
        #expect(actual == expected, "\(FormatTestSupport.firstDifference(actual, expected))")
    }
}
