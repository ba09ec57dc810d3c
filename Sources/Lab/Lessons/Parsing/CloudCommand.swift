import AWSCLI

/// The command of a `cloud` check: split into words like the shell would (quotes, no
/// expansions) and accepted only when it reads: `describe-*`, `list-*`, `get-*`, `head-*`
/// operations, `aws s3 ls`, and `aws configure get`/`list`/`list-profiles`.
enum CloudCommand {
    static let readOnlyPrefixes = ["describe-", "list-", "get-", "head-"]

    /// The words after `aws`, or the sentence that says why the command is refused.
    static func arguments(of command: String) -> Result<[String], CloudCommandRefusal> {
        guard let words = literalWords(command) else {
            return .failure(CloudCommandRefusal("the cloud command must be one plain `aws` command: no variables, $(...), pipes or redirections"))
        }
        guard words.first == "aws", words.count > 1 else {
            return .failure(CloudCommandRefusal("the cloud command must start with `aws`"))
        }
        let arguments = Array(words.dropFirst())
        guard let (_, rest) = try? GlobalOptions.extract(from: arguments), let service = rest.first else {
            return .failure(CloudCommandRefusal("`\(command)` is not a valid aws command"))
        }
        let operation = rest.count > 1 ? rest[1] : ""
        if isReadOnly(service: service, operation: operation) { return .success(arguments) }
        return .failure(CloudCommandRefusal("cloud checks must only read: `\(service) \(operation)` is not a describe-, list-, get- or head- operation, `aws s3 ls` or `aws configure get`"))
    }

    static func isReadOnly(service: String, operation: String) -> Bool {
        switch service {
        case "s3": return operation == "ls"
        case "configure": return ["get", "list", "list-profiles"].contains(operation)
        default: return readOnlyPrefixes.contains { operation.hasPrefix($0) }
        }
    }

    /// The words of a single simple command made of literal text only.
    static func literalWords(_ command: String) -> [String]? {
        guard let script = try? ShellParser.parse(command), script.pipelines.count == 1,
              let pipeline = script.pipelines.first, pipeline.commands.count == 1,
              let simple = pipeline.commands.first, simple.assignments.isEmpty, simple.redirections.isEmpty
        else { return nil }
        var words: [String] = []
        for word in simple.words {
            var text = ""
            for segment in word.segments {
                guard case .literal(let piece, _) = segment else { return nil }
                text += piece
            }
            words.append(text)
        }
        return words
    }
}

/// Why a `cloud` check's command is refused.
struct CloudCommandRefusal: Error, Equatable {
    var message: String
    init(_ message: String) { self.message = message }
}
