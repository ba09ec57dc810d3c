import Testing
import AWSCLI
import JSONValue

/// `OutputFormatter` routes each `--output` value to its formatter.
@Suite struct FormatOutputFormatterTests {
    private let response: Value = .object(["QueueUrls": .array([.string("https://q/1"), .string("https://q/2")])])

    @Test("json, text, table, yaml, yaml-stream and off each print their own format")
    func routing() {
        #expect(OutputFormatter.render(response, format: "json") == """
            {
                "QueueUrls": [
                    "https://q/1",
                    "https://q/2"
                ]
            }

            """)
        #expect(OutputFormatter.render(response, format: "text") == "QUEUEURLS\thttps://q/1\nQUEUEURLS\thttps://q/2\n")
        #expect(OutputFormatter.render(response, format: "table", operationName: "ListQueues") == """
            -------------------
            |   ListQueues    |
            +-----------------+
            ||   QueueUrls   ||
            |+---------------+|
            ||  https://q/1  ||
            ||  https://q/2  ||
            |+---------------+|

            """)
        #expect(OutputFormatter.render(response, format: "yaml") == "QueueUrls:\n- https://q/1\n- https://q/2\n")
        #expect(OutputFormatter.render(response, format: "yaml-stream") == "- QueueUrls:\n  - https://q/1\n  - https://q/2\n")
        #expect(OutputFormatter.render(response, format: "off") == "")
    }

    @Test("an empty response prints nothing but in yaml-stream, or when asked to print {}")
    func emptyResponse() {
        for format in ["json", "text", "table", "yaml", "off"] {
            #expect(OutputFormatter.render(.emptyObject, format: format) == "", "\(format)")
        }
        #expect(OutputFormatter.render(.emptyObject, format: "json", emptyObjectPrints: true) == "{}\n")
        #expect(OutputFormatter.render(.emptyObject, format: "yaml", emptyObjectPrints: true) == "{}\n")
    }

    @Test("pages: text and yaml-stream print page by page, the others print the merged response")
    func pages() {
        let pages: [Value] = [.object(["QueueUrls": .array([.string("https://q/1")])]),
                              .object(["QueueUrls": .array([.string("https://q/2")])])]
        #expect(OutputFormatter.render(pages: pages, merged: response, format: "text")
            == "QUEUEURLS\thttps://q/1\nQUEUEURLS\thttps://q/2\n")
        #expect(OutputFormatter.render(pages: pages, merged: response, format: "yaml-stream")
            == "- QueueUrls:\n  - https://q/1\n- QueueUrls:\n  - https://q/2\n")
        #expect(OutputFormatter.render(pages: pages, merged: response, format: "yaml")
            == OutputFormatter.render(response, format: "yaml"))
    }
}
