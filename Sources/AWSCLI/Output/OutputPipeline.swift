import JMESPath
import JSONValue

/// `--query` then `--output`: what the CLI does to a response before printing it.
struct OutputPipeline {
    let session: CLISession

    func render(_ response: Value) throws(CLIError) -> String {
        var value = response
        if let query = session.globals.query {
            do {
                value = try JMESPath.search(query, in: value)
            } catch {
                throw CLIError.parsingParameter("--query", "Bad value for --query \(query): \(error.description)")
            }
            if case .object(let m) = value, m.isEmpty { return "{}\n" }
        }
        return OutputFormatter.render(value, format: session.outputFormat)
    }
}
