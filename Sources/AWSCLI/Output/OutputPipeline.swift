import JMESPath
import JSONValue

/// `--query` then `--output`: what the CLI does to a response before printing it. Text and
/// yaml-stream print a paginated response page by page; the others print the merged result.
struct OutputPipeline {
    let session: CLISession
    let operationName: String

    func render(_ result: Paging.Result) throws(CLIError) -> String {
        let format = session.outputFormat
        if format == "text" || format == "yaml-stream", result.pages.count > 1 || result.nextToken != nil {
            var documents = result.pages
            if let token = result.nextToken { documents.append(TextFormatter.resumeDocument(token: token)) }
            var queried: [Value] = []
            for document in documents { queried.append(try query(document)) }
            return OutputFormatter.render(pages: queried, merged: .null, format: format, operationName: operationName)
        }
        let value = try query(result.merged)
        if format == "table" {
            do {
                if case .object(let m) = value, m.isEmpty { return "" }
                return try TableFormatter.render(value, title: operationName)
            } catch {
                throw CLIError.other(error.message)
            }
        }
        return OutputFormatter.render(value, format: format, operationName: operationName)
    }

    private func query(_ value: Value) throws(CLIError) -> Value {
        guard let query = session.globals.query else { return value }
        do {
            return try JMESPath.search(query, in: value)
        } catch {
            throw CLIError.parsingParameter("--query", "Bad value for --query \(query): \(error.description)")
        }
    }
}
