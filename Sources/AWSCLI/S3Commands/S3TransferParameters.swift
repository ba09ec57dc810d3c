import JSONValue

/// A transfer command's settings once its paths are checked, as the AWS CLI's
/// `CommandParameters` prepares them: the kind of transfer, the paths (a bare bucket gets its
/// `/`), folder operation, move, stream, and the options that shape every transfer.
struct S3TransferParameters {
    /// `locals3`, `s3local`, `s3s3` or `s3` (rm).
    enum PathsType: String, Sendable {
        case localToS3 = "locals3", s3ToLocal = "s3local", s3ToS3 = "s3s3", s3 = "s3"

        var operation: S3FileEntry.Operation {
            switch self {
            case .localToS3: return .upload
            case .s3ToLocal: return .download
            case .s3ToS3: return .copy
            case .s3: return .delete
            }
        }
    }

    let command: String
    let arguments: S3Arguments
    let pathsType: PathsType
    let source: String
    let destination: String
    let directoryOperation: Bool
    let isMove: Bool
    let isStream: Bool

    /// Checks the paths as `CommandParameters.add_paths` does, up to (not including) the
    /// checks that look at local files.
    init(spec: S3CommandSpec, arguments: S3Arguments) throws(CLIError) {
        command = spec.name
        self.arguments = arguments
        var paths = arguments.positionals
        let kind = paths.map { S3Path.isS3($0) ? "s3" : "local" }.joined()
        let allowed: [String: Set<String>] = [
            "s3s3": ["cp", "sync", "mv"], "s3local": ["cp", "sync", "mv"], "locals3": ["cp", "sync", "mv"],
            "s3": ["mb", "rb", "rm"],
        ]
        guard let type = PathsType(rawValue: kind), allowed[kind]?.contains(command) == true else {
            throw Self.invalid("usage: aws s3 \(command) \(spec.usage)\nError: Invalid argument type")
        }
        pathsType = type
        // s3://bucket → s3://bucket/
        for (i, path) in paths.enumerated() where S3Path.isS3(path) {
            if S3Path.split(path).key.isEmpty && !path.hasSuffix("/") { paths[i] = path + "/" }
        }
        source = paths[0]
        destination = paths.count > 1 ? paths[1] : paths[0]
        isMove = command == "mv"
        let recursive = arguments.flag("recursive") || command == "sync"
        if source == "-" || destination == "-" {
            if command != "cp" || recursive {
                throw Self.invalid("Streaming currently is only compatible with non-recursive cp commands")
            }
            isStream = true
            directoryOperation = false
        } else {
            isStream = false
            directoryOperation = recursive
        }
        if isMove && pathsType == .s3ToS3 && Self.samePath(source, destination) {
            throw Self.invalid("Cannot mv a file onto itself: \(source) - \(destination)")
        }
        if arguments.value("checksum-algorithm") != nil {
            try Self.checkPaths("checksum-algorithm", pathsType, allowed: [.localToS3, .s3ToS3])
        }
        if arguments.value("checksum-mode") != nil {
            try Self.checkPaths("checksum-mode", pathsType, allowed: [.s3ToLocal])
        }
    }

    /// The SSE-C options, which must come in pairs (checked after the local path checks).
    func checkCustomerKeys() throws(CLIError) {
        for (algorithm, key) in [("sse-c", "sse-c-key"), ("sse-c-copy-source", "sse-c-copy-source-key")] {
            let hasAlgorithm = !(arguments.value(algorithm) ?? "").isEmpty
            let hasKey = !(arguments.value(key) ?? "").isEmpty
            if hasAlgorithm && !hasKey {
                throw Self.invalid("It --\(algorithm) is specified, --\(key) must be specified as well.")
            }
            if hasKey && !hasAlgorithm {
                throw Self.invalid("It --\(key) is specified, --\(algorithm) must be specified as well.")
            }
        }
        if !(arguments.value("sse-c-copy-source") ?? "").isEmpty && pathsType != .s3ToS3 {
            throw Self.invalid("--sse-c-copy-source is only supported for copy operations.")
        }
    }

    /// How results are printed.
    var printerMode: S3ResultPrinter.Mode {
        if arguments.flag("quiet") { return .quiet }
        if arguments.flag("only-show-errors") || isStream { return .onlyErrors }
        return .all
    }

    var dryRun: Bool { arguments.flag("dryrun") }

    /// `mv s3://b/k s3://b/k`, or onto `s3://b/` where the object keeps its name.
    private static func samePath(_ source: String, _ destination: String) -> Bool {
        if source == destination { return true }
        if destination.hasSuffix("/") { return source == PythonPath.join(destination, PythonPath.basename(source)) }
        return false
    }

    private static func checkPaths(_ option: String, _ type: PathsType, allowed: [PathsType]) throws(CLIError) {
        guard !allowed.contains(type) else { return }
        let usage: [PathsType: String] = [
            .localToS3: "<LocalPath> <S3Uri>", .s3ToS3: "<S3Uri> <S3Uri>", .s3ToLocal: "<S3Uri> <LocalPath>",
            .s3: "<S3Uri>",
        ]
        let expected = allowed.compactMap { usage[$0] }.joined(separator: ", ")
        throw invalid("Expected \(option) parameter to be used with one of following path formats: \(expected). "
            + "Instead, received \(usage[type] ?? "").")
    }

    /// A `ParamValidationError` of the s3 commands: exit 252, the message alone.
    static func invalid(_ message: String) -> CLIError {
        CLIError(.parameter, stderr: "\n\(message)\n")
    }
}
