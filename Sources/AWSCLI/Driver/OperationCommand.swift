import Engine
import Foundation
import JSONValue

/// `aws SERVICE OPERATION [options]`: from the command line to the printed response.
struct OperationCommand {
    let model: ServiceModel
    let operation: Operation
    let session: CLISession

    private var fileSystem: any LocalFileSystem { session.context.fileSystem }

    func run(_ tokens: [String]) throws(CLIError) -> CLIResult {
        let table = ArgumentTable(model: model, operation: operation)
        let parsed = try OperationArgumentParser.parse(tokens, table: table)
        if parsed.wantsHelp {
            return CLIResult(stdout: Data(HelpText.operation(model, operation, table: table).utf8))
        }
        if let kind = parsed.string("generate-cli-skeleton") {
            return skeleton(kind)
        }
        var input = try inputFromFile(parsed)
        let hadInputFile = input != nil
        var members = input?.objectValue ?? [:]
        let converter = ParameterConverter(model: model, fileSystem: fileSystem, binaryFormat: session.binaryFormat)
        for name in parsed.order {
            guard let argument = table.arguments[name], let member = argument.member, let raw = parsed.values[name] else { continue }
            members[member] = try converter.convert(argument, raw)
        }
        if !hadInputFile {
            let missing = table.ordered.filter { $0.required && $0.member.map { members[$0] == nil } ?? false }
            if !missing.isEmpty {
                throw CLIError.usage("the following arguments are required: " + missing.map(\.option).joined(separator: ", "))
            }
        }
        if table.hasOutfile && parsed.outfile == nil {
            throw CLIError.usage("the following arguments are required: outfile")
        }
        input = .object(members)
        let paging = try Paging(parsed: parsed, operation: operation, noPaginate: session.globals.noPaginate)
        if let shapeName = operation.input, let shape = model.shape(shapeName) {
            var checked = input ?? .emptyObject
            paging.applyFirstPage(to: &checked)
            let problems = ParameterValidator(model: model).problems(checked, shape: shape)
            if !problems.isEmpty { throw CLIError.validation(problems) }
        }
        try session.checkProfile()
        let region = try session.region()
        let shaper = ResponseShaper(model: model)
        let result = try paging.run(input: input ?? .emptyObject) { (pageInput: Value) throws(CLIError) -> Value in
            var page = try session.call(model.engineName, operation.name, pageInput, region: region)
            if let outfile = parsed.outfile { page = try writeStreamingBody(page, to: outfile) }
            return shaper.shape(page, as: operation.output)
        }
        var stderr = Data()
        if session.globals.debug {
            stderr.append(Data(debugLines(input: input ?? .emptyObject, region: region).utf8))
        }
        let text = try OutputPipeline(session: session, operationName: operation.name).render(result)
        return CLIResult(stdout: Data(text.utf8), stderr: stderr, exitCode: 0)
    }

    private func skeleton(_ kind: String) -> CLIResult {
        let value = Skeleton(model: model).generate(kind == "output" ? operation.output : operation.input)
        if kind == "yaml-input" {
            return CLIResult(stdout: Data(YAMLWriter.write(value).utf8))
        }
        return CLIResult(stdout: Data((JSONWriter.write(value, indent: 4) + "\n").utf8))
    }

    /// `--cli-input-json` / `--cli-input-yaml`: the input members as a document.
    private func inputFromFile(_ parsed: ParsedArguments) throws(CLIError) -> Value? {
        for name in ["cli-input-json", "cli-input-yaml"] {
            guard let text = parsed.string(name) else { continue }
            var contents = text
            switch try ParamFile.load(text, cliName: "--\(name)", fileSystem: fileSystem) {
            case .text(let s): contents = s
            case .bytes(let d): contents = String(decoding: d, as: UTF8.self)
            case nil: break
            }
            let value: Value
            if name == "cli-input-json" {
                do {
                    value = try JSONParser.parse(contents)
                } catch {
                    throw CLIError.parsingParameter("--cli-input-json", "Invalid JSON received: \(error.description)")
                }
            } else {
                do {
                    value = try YAMLReader.parse(contents)
                } catch {
                    throw CLIError.parsingParameter("--cli-input-yaml", "Invalid YAML received: \(error)")
                }
            }
            guard case .object = value else {
                throw CLIError.parsingParameter("--\(name)", "Invalid type: the input must be a JSON object.")
            }
            if let shapeName = operation.input, let shape = model.shape(shapeName) {
                return ParameterConverter(model: model, fileSystem: fileSystem, binaryFormat: session.binaryFormat)
                    .decodeBlobs(value, shape: shape)
            }
            return value
        }
        return nil
    }

    /// Writes a streaming member (S3 GetObject's `Body`) to the outfile and drops it from the output.
    private func writeStreamingBody(_ response: Value, to outfile: String) throws(CLIError) -> Value {
        guard case .object(var members) = response,
              let out = operation.output.flatMap(model.shape) else { return response }
        for (name, ref) in out.members where ref.streaming || (model.shape(ref.shape)?.streaming ?? false) {
            let data = members[name]?.blobValue ?? Data()
            do {
                try fileSystem.write(ParamFile.expandHome(outfile), data)
            } catch let error as LocalFileError {
                throw CLIError.other(error.message)
            } catch {
                throw CLIError.other("\(error)")
            }
            members[name] = nil
        }
        return .object(members)
    }

    private func debugLines(input: Value, region: String) -> String {
        let prefix = "lab - MainThread - awscli.clidriver - DEBUG - "
        return prefix + "CLI version: \(AWSCommandLine.versionString)\n"
            + prefix + "Calling \(model.serviceId).\(operation.name) in \(region) with params: \(JSONWriter.write(input, indent: nil))\n"
    }
}
