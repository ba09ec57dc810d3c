import Foundation
import JSONValue

/// `aws s3 cp`, `mv`, `rm` and `sync`: check the paths, list the source (and for a sync the
/// destination), apply the filters, decide what a sync transfers, then transfer, printing
/// one line per file as the AWS CLI does.
struct S3TransferCommand {
    let spec: S3CommandSpec
    let session: CLISession

    func run(_ tokens: [String]) throws(CLIError) -> CLIResult {
        let arguments = try S3ArgumentParser(spec: spec).parse(tokens)
        if arguments.wantsHelp { return S3Help.result(spec) }
        let pageSize = try arguments.integer("page-size")
        let metadata = try metadata(arguments)
        try session.checkProfile()
        let parameters = try S3TransferParameters(spec: spec, arguments: arguments)
        let paths = S3LocalPaths(fileSystem: session.context.fileSystem)
        try checkLocalPaths(parameters, paths: paths)
        try parameters.checkCustomerKeys()
        let region = S3Command.region(session)
        let client = S3Client(session: session, region: region)
        let sourceRegion = parameters.pathsType == .s3ToS3 ? arguments.value("source-region") ?? region : region
        let sourceClient = S3Client(session: session, region: sourceRegion)
        let request = S3RequestParameters(arguments: arguments, metadata: metadata)
        var runner = S3TransferRunner(client: client, sourceClient: sourceClient, paths: paths,
                                      parameters: parameters, request: request,
                                      printer: S3ResultPrinter(mode: parameters.printerMode))
        if parameters.isStream {
            return stream(parameters, runner: &runner)
        }
        do {
            let entries = try plan(parameters, paths: paths, client: client, sourceClient: sourceClient,
                                   request: request, pageSize: pageSize)
            for warning in entries.warnings { runner.printer.warning(warning) }
            if !entries.entries.isEmpty { _ = try request.grantMembers() }
            runner.run(entries.entries)
        } catch let error as S3CallError {
            runner.printer.fatal(error.description)
        } catch let error as LocalFileError {
            runner.printer.fatal(error.message)
        } catch {
            runner.printer.fatal("\(error)")
        }
        return runner.printer.result
    }

    /// The local side of the paths (`_validate_path_args`): an upload's source must exist;
    /// a folder download creates its destination folder first.
    private func checkLocalPaths(_ parameters: S3TransferParameters, paths: S3LocalPaths) throws(CLIError) {
        if parameters.pathsType == .localToS3 && !parameters.isStream {
            let exists: Bool
            do {
                exists = try paths.info(try paths.absolute(parameters.source)) != nil
            } catch let error as LocalFileError where error.kind == .outsideWorkspace {
                throw CLIError.other(error.message)
            } catch {
                exists = false
            }
            if !exists { throw CLIError.other("The user-provided path \(parameters.source) does not exist.") }
        } else if parameters.pathsType == .s3ToLocal && parameters.directoryOperation {
            do {
                let folder = try paths.absolute(parameters.destination)
                if !paths.exists(folder) {
                    try paths.fileSystem.makeDirectory(paths.workspacePath(folder), parents: true)
                }
            } catch let error as LocalFileError {
                throw CLIError.other(S3FileGenerator.osErrorText(error, path: parameters.destination))
            } catch {
                throw CLIError.other("\(error)")
            }
        }
    }

    /// `--metadata` as a map (shorthand `k1=v1,k2=v2` or JSON).
    private func metadata(_ arguments: S3Arguments) throws(CLIError) -> Value? {
        guard let text = arguments.value("metadata"),
              let model = ModelCatalog.shared.model("s3api"), let shape = model.shape("Metadata") else { return nil }
        let converter = ParameterConverter(model: model, fileSystem: session.context.fileSystem)
        switch try ParamFile.load(text, cliName: "--metadata", fileSystem: session.context.fileSystem) {
        case .text(let contents): return try converter.convertText(contents, shape: shape, option: "--metadata")
        case .bytes(let data):
            return try converter.convertText(String(decoding: data, as: UTF8.self), shape: shape, option: "--metadata")
        case nil: return try converter.convertText(text, shape: shape, option: "--metadata")
        }
    }

    /// What to transfer: the filtered source listing, compared with the destination for a sync.
    private func plan(_ parameters: S3TransferParameters, paths: S3LocalPaths, client: S3Client,
                      sourceClient: S3Client, request: S3RequestParameters,
                      pageSize: Int?) throws -> S3FileGenerator.Listing {
        let directoryOperation = parameters.directoryOperation
        let ends = try S3TransferEnds(source: parameters.source, destination: parameters.destination,
                                      directoryOperation: directoryOperation, paths: paths)
        var generator = S3FileGenerator(client: sourceClient, paths: paths,
                                        operation: parameters.pathsType.operation, pageSize: pageSize)
        generator.listExtras = Dictionary(request.requestPayer(), uniquingKeysWith: { $1 })
        generator.headExtras = Dictionary(request.headObject(copySource: parameters.pathsType == .s3ToS3),
                                          uniquingKeysWith: { $1 })
        let filter = try makeFilter(parameters, paths: paths)
        var listing = try generator.generate(ends)
        listing.entries = listing.entries.filter { filter.includes($0.source) }
        guard parameters.command == "sync" else { return listing }

        let reverseEnds = try S3TransferEnds(source: parameters.destination, destination: parameters.source,
                                             directoryOperation: directoryOperation, paths: paths)
        var reverse = S3FileGenerator(client: client, paths: paths, operation: nil, pageSize: pageSize)
        reverse.listExtras = generator.listExtras
        var existing = try reverse.generate(reverseEnds)
        existing.entries = existing.entries.filter { filter.includes($0.source) }
        let arguments = parameters.arguments
        let strategy: S3SyncStrategy = arguments.flag("exact-timestamps")
            ? .exactTimestamps : arguments.flag("size-only") ? .sizeOnly : .sizeAndLastModified
        let comparator = S3SyncComparator(strategy: strategy, deleteExtra: arguments.flag("delete"))
        return S3FileGenerator.Listing(
            entries: comparator.compare(source: listing.entries, destination: existing.entries),
            warnings: listing.warnings + existing.warnings)
    }

    /// `create_filter`: patterns relative to the source and destination roots.
    private func makeFilter(_ parameters: S3TransferParameters, paths: S3LocalPaths) throws -> S3Filter {
        let rules = parameters.arguments.filters
        guard !rules.isEmpty else { return .none }
        func root(_ path: String) throws -> String {
            if S3Path.isS3(path) { return S3Filter.s3Root(path, directoryOperation: parameters.directoryOperation) }
            return try S3Filter.localRoot(path, directoryOperation: parameters.directoryOperation, paths: paths)
        }
        return S3Filter(rules, sourceRoot: try root(parameters.source), destinationRoot: try root(parameters.destination))
    }

    // MARK: Streams

    /// `cp - s3://b/k` (standard input up) and `cp s3://b/k -` (the object to standard out).
    private func stream(_ parameters: S3TransferParameters, runner: inout S3TransferRunner) -> CLIResult {
        let transfers = S3ObjectTransfers(client: runner.client, sourceClient: runner.sourceClient,
                                          paths: runner.paths, request: runner.request, guessContentType: false)
        if parameters.source == "-" {
            // The key comes from the destination; `s3://b/` gets the name `-`, as in the CLI.
            var (bucket, key) = S3Path.split(parameters.destination)
            if key.isEmpty || key.hasSuffix("/") { key += "-" }
            let destination = S3Path.uri(bucket + "/" + key)
            if parameters.dryRun {
                runner.printer.dryRun("upload", "-", destination)
            } else {
                do {
                    try transfers.put(session.context.stdin, bucket: bucket, key: key, contentType: nil)
                    runner.printer.success("upload", "-", destination)
                } catch {
                    runner.printer.failure("upload", "-", destination, error.description)
                }
            }
            return runner.printer.result
        }
        let source = S3Path.withoutScheme(parameters.source)
        if parameters.dryRun {
            runner.printer.dryRun("download", S3Path.uri(source), "-")
            return runner.printer.result
        }
        var output = Data()
        do throws(S3CallError) {
            let (bucket, key) = S3Path.bucketAndKey(source)
            guard !key.isEmpty else { throw S3CallError.emptyKey }
            var head: Value = ["Bucket": .string(bucket), "Key": .string(key)]
            S3ObjectTransfers.apply(runner.request.headObject(copySource: false), to: &head)
            _ = try runner.client.call("HeadObject", head)
            output = try transfers.fetch(source)
            runner.printer.success("download", S3Path.uri(source), "-")
        } catch {
            runner.printer.failure("download", S3Path.uri(source), "-", error.description)
        }
        var result = runner.printer.result
        result.stdout = output + result.stdout
        return result
    }
}
