import ArgumentParser
import AWSCLI
import Foundation
import JMESPath
import JSONValue

/// `lab query`: evaluates a JMESPath expression over a JSON document, for lesson authors.
struct QueryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Evaluate a JMESPath expression over a JSON document (as --query does).",
        discussion: "Prints the result (exit 0), or the error's kind and position (exit 2)."
    )

    @Argument(help: "The JMESPath expression.")
    var expression: String

    @Argument(help: "A JSON file, or - for standard input (the default).")
    var file: String = "-"

    @Option(help: "Output format: json, text, table, yaml, yaml-stream or off.")
    var output: String = "json"

    func run() throws {
        let data: Data
        if file == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let d = FileManager.default.contents(atPath: file) else {
                Output.error("lab query: cannot read \(file): No such file or directory\n")
                throw ExitCode(2)
            }
            data = d
        }
        let document: Value
        do {
            document = try JSONParser.parse(data)
        } catch {
            Output.error("lab query: the document is not JSON: \(error.description)\n")
            throw ExitCode(2)
        }
        do {
            let result = try JMESPath.search(expression, in: document)
            Output.out(OutputFormatter.render(result, format: output, emptyObjectPrints: true))
        } catch {
            Output.error("lab query: \(error.kind.rawValue) error: \(error.description)\n")
            throw ExitCode(2)
        }
    }
}
