import AWSCLI
import Engine
import Foundation

/// Tab completion: commands, `aws` services and operations, an operation's options, enum
/// values, workspace paths, and names that exist in the simulated cloud right now (bucket
/// names after `s3://`, queue URLs after `--queue-url`, ...).
public enum Completion {
    /// Candidates for the last word of `line` (the text before the cursor).
    public static func candidates(for line: String, session: LabSession) -> [String] {
        let words = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        let endsWithSpace = line.hasSuffix(" ") || line.isEmpty
        let current = endsWithSpace ? "" : (words.last ?? "")
        let previous = endsWithSpace ? words : Array(words.dropLast())
        let options: [String]
        if previous.isEmpty {
            options = ["aws"] + session.shell.commandNames + Guide.verbs + ["help", "exit"]
        } else if previous.first == "aws" {
            options = awsCandidates(Array(previous.dropFirst()), current: current, session: session)
        } else {
            options = paths(current, session: session)
        }
        return Array(Set(options.filter { $0.hasPrefix(current) })).sorted()
    }

    static func awsCandidates(_ words: [String], current: String, session: LabSession) -> [String] {
        let positional = words.filter { !$0.hasPrefix("-") }
        if current.hasPrefix("s3://") { return buckets(session).map { "s3://\($0)/" } }
        guard let service = positional.first else { return AWSCommandLine.commandNames }
        if service == "s3" {
            if positional.count == 1 { return ["cp", "ls", "mb", "mv", "presign", "rb", "rm", "sync", "website"] }
            return current.hasPrefix("-") ? ["--recursive", "--exclude", "--include", "--dryrun", "--delete", "--force", "--quiet"]
                : paths(current, session: session) + ["s3://"]
        }
        if service == "configure" { return ["get", "list", "list-profiles", "set"] }
        guard let model = ModelCatalog.shared.model(service) else { return [] }
        guard positional.count >= 2, let operation = model.operationsByCLIName[positional[1]] else {
            return model.cliOperationNames
        }
        let table = ArgumentTable(model: model, operation: operation)
        if let last = words.last, last.hasPrefix("--"), !current.hasPrefix("-") {
            let name = String(last.dropFirst(2))
            if let argument = table.arguments[name] {
                return values(for: argument, model: model, session: session) + (argument.streaming ? paths(current, session: session) : [])
            }
        }
        return table.optionNames + GlobalOptions.names
    }

    static func values(for argument: CLIArgument, model: ServiceModel, session: LabSession) -> [String] {
        if let shape = argument.shape, !shape.enumValues.isEmpty { return shape.enumValues }
        if let member = argument.shape?.member.flatMap({ model.shape($0.shape) }), !member.enumValues.isEmpty {
            return member.enumValues
        }
        switch argument.name {
        case "queue-url": return queueURLs(session)
        case "bucket": return buckets(session)
        case "key-name" where model.engineName == "ec2": return keyPairNames(session)
        case "key-id" where model.engineName == "kms", "target-key-id" where model.engineName == "kms":
            return kmsKeys(session)
        case "topic-arn" where model.engineName == "sns": return topicARNs(session)
        default: return []
        }
    }

    /// What a read-only call lists, in the region the learner's commands use (nothing on error).
    private static func listed(_ session: LabSession, _ service: String, _ operation: String) -> Value? {
        try? session.cloud.call(service, operation, .emptyObject, region: session.region)
    }

    static func buckets(_ session: LabSession) -> [String] {
        listed(session, "s3", "ListBuckets")?.array("Buckets").compactMap { $0.string("Name") } ?? []
    }

    static func queueURLs(_ session: LabSession) -> [String] {
        listed(session, "sqs", "ListQueues")?.strings("QueueUrls") ?? []
    }

    /// EC2 key pair names, for `--key-name`.
    static func keyPairNames(_ session: LabSession) -> [String] {
        listed(session, "ec2", "DescribeKeyPairs")?.array("KeyPairs").compactMap { $0.string("KeyName") } ?? []
    }

    /// The learner's KMS aliases and key ids, for `--key-id` (AWS managed aliases left out).
    static func kmsKeys(_ session: LabSession) -> [String] {
        let aliases = listed(session, "kms", "ListAliases")?.array("Aliases").compactMap { $0.string("AliasName") }
            .filter { !$0.hasPrefix("alias/aws/") } ?? []
        let ids = listed(session, "kms", "ListKeys")?.array("Keys").compactMap { $0.string("KeyId") } ?? []
        return aliases + ids
    }

    /// SNS topic ARNs, for `--topic-arn`.
    static func topicARNs(_ session: LabSession) -> [String] {
        listed(session, "sns", "ListTopics")?.array("Topics").compactMap { $0.string("TopicArn") } ?? []
    }

    /// Workspace paths that start with the word typed; folders end with `/`.
    static func paths(_ current: String, session: LabSession) -> [String] {
        let fs = session.fileSystem
        let slash = current.lastIndex(of: "/")
        let folder = slash.map { String(current[...$0]) } ?? ""
        let names = (try? fs.list(folder.isEmpty ? "." : folder)) ?? []
        return names.map { name in
            let path = folder + name
            return fs.isDirectory(path) ? path + "/" : path
        }
    }
}
