import Foundation
import JSONValue

/// Carries out the entries of a transfer command one by one, as the AWS CLI's request
/// submitters and s3transfer do: skip with a warning what cannot be transferred, print the
/// dry run, or transfer and print the result; a move then deletes its source.
struct S3TransferRunner {
    let client: S3Client
    /// The client for the source of an S3-to-S3 copy (`--source-region`).
    let sourceClient: S3Client
    let paths: S3LocalPaths
    let parameters: S3TransferParameters
    let request: S3RequestParameters
    var printer: S3ResultPrinter

    private var arguments: S3Arguments { parameters.arguments }

    mutating func run(_ entries: [S3FileEntry]) {
        for entry in entries { submit(entry) }
    }

    mutating func submit(_ entry: S3FileEntry) {
        guard let operation = entry.operation else { return }
        let transfers = S3ObjectTransfers(client: client, sourceClient: sourceClient, paths: paths, request: request,
                                          guessContentType: !arguments.flag("no-guess-mime-type")
                                              && arguments.value("content-type") == nil)
        let isMove = parameters.isMove
        let type = isMove ? "move" : operation.rawValue
        switch operation {
        case .upload:
            let (source, destination) = (paths.display(entry.source), S3Path.uri(entry.destination))
            // The CLI skips a file it cannot read before anything else, with a warning.
            let contents = transfers.readFile(entry.source)
            if case .failure(let error) = contents, error.message.hasPrefix("[Errno 13]") {
                printer.warning(S3ResultPrinter.skipWarning(source, "File/Directory is not readable."))
                return
            }
            perform(type, source, destination) { () throws(S3CallError) in
                try transfers.upload(entry, contents: contents)
                if isMove { try transfers.removeLocal(entry.source) }
            }
        case .download:
            if skipArchived(entry) || skipParentReference(entry) { return }
            let (source, destination) = (S3Path.uri(entry.source), paths.display(entry.destination))
            perform(type, source, destination) { () throws(S3CallError) in
                try transfers.download(entry)
                if isMove { try transfers.deleteSourceObject(entry.source) }
            }
        case .copy:
            if skipArchived(entry) { return }
            let (source, destination) = (S3Path.uri(entry.source), S3Path.uri(entry.destination))
            perform(type, source, destination) { () throws(S3CallError) in
                try transfers.copy(entry)
                if isMove { try transfers.deleteSourceObject(entry.source) }
            }
        case .delete:
            if entry.sourceIsS3 {
                perform("delete", S3Path.uri(entry.source), nil) { () throws(S3CallError) in
                    try transfers.deleteObject(entry.source)
                }
            } else {
                perform("delete", paths.display(entry.source), nil) { () throws(S3CallError) in
                    try transfers.removeLocal(entry.source)
                }
            }
        }
    }

    private mutating func perform(_ type: String, _ source: String, _ destination: String?,
                                  _ body: () throws(S3CallError) -> Void) {
        if parameters.dryRun {
            printer.dryRun(type, source, destination)
            return
        }
        do {
            try body()
            printer.success(type, source, destination)
        } catch {
            printer.failure(type, source, destination, error.description)
        }
    }

    /// Objects in GLACIER or DEEP_ARCHIVE (not restored) are skipped with a warning unless
    /// `--force-glacier-transfer`; `--ignore-glacier-warnings` skips them silently.
    private mutating func skipArchived(_ entry: S3FileEntry) -> Bool {
        guard !arguments.flag("force-glacier-transfer"), entry.needsRestore,
              let operation = entry.operation?.rawValue else { return false }
        // The CLI checks GLACIER and DEEP_ARCHIVE together and names GLACIER for both.
        if !arguments.flag("ignore-glacier-warnings") {
            printer.warning(S3ResultPrinter.skipWarning(
                S3Path.uri(entry.source),
                "Object is of storage class GLACIER. Unable to perform \(operation) operations on GLACIER objects. "
                    + "You must restore the object to be able to perform the operation. See aws s3 \(operation) help "
                    + "for additional parameter options to ignore or force these transfers."))
        }
        return true
    }

    /// A key such as `../x` would be written outside the destination folder: skipped.
    private mutating func skipParentReference(_ entry: S3FileEntry) -> Bool {
        guard PythonPath.normpath(entry.compareKey).hasPrefix("../") else { return false }
        printer.warning(S3ResultPrinter.skipWarning(entry.compareKey, "File references a parent directory."))
        return true
    }
}
