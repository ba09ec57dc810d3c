import JSONValue

/// The argument table of one `aws s3` subcommand: its positional paths and its options, in
/// the AWS CLI's order (argparse lists ambiguous prefixes and usage in that order).
struct S3CommandSpec: Sendable {
    let name: String
    /// The usage the CLI prints with `Invalid argument type` (`<LocalPath> <S3Uri> or ...`).
    let usage: String
    let description: String
    /// `paths` or `path`, as argparse names a missing positional.
    let positionalName: String
    let positionalCount: ClosedRange<Int>
    let options: [S3OptionSpec]

    static func named(_ name: String) -> S3CommandSpec? { all.first { $0.name == name } }

    /// The subcommands in the order `aws s3` lists them.
    static let all: [S3CommandSpec] = [ls, website, cp, mv, rm, sync, mb, rb, presign]

    // MARK: Shared options

    private static let recursive = S3OptionSpec("recursive", .flag)
    private static let dryrun = S3OptionSpec("dryrun", .flag)
    private static let quiet = S3OptionSpec("quiet", .flag)
    private static let include = S3OptionSpec("include", .filter(.include))
    private static let exclude = S3OptionSpec("exclude", .filter(.exclude))
    private static let onlyShowErrors = S3OptionSpec("only-show-errors", .flag)
    private static let pageSize = S3OptionSpec("page-size")
    private static let requestPayer = S3OptionSpec("request-payer", .optionalValue("requester"), choices: ["requester"])
    private static let metadata = S3OptionSpec("metadata")
    private static let metadataDirective = S3OptionSpec("metadata-directive", choices: ["COPY", "REPLACE"])
    private static let caseConflict = S3OptionSpec("case-conflict", choices: ["ignore", "skip", "warn", "error"])

    static let storageClasses = [
        "STANDARD", "REDUCED_REDUNDANCY", "STANDARD_IA", "ONEZONE_IA", "INTELLIGENT_TIERING", "GLACIER",
        "DEEP_ARCHIVE", "GLACIER_IR",
    ]

    private static let transferOptions: [S3OptionSpec] = [
        dryrun, quiet, include, exclude,
        S3OptionSpec("acl", choices: [
            "private", "public-read", "public-read-write", "authenticated-read", "aws-exec-read",
            "bucket-owner-read", "bucket-owner-full-control", "log-delivery-write",
        ]),
        S3OptionSpec("follow-symlinks", .flag),
        S3OptionSpec("no-follow-symlinks", .flag),
        S3OptionSpec("no-guess-mime-type", .flag),
        S3OptionSpec("sse", .optionalValue("AES256"), choices: ["AES256", "aws:kms"]),
        S3OptionSpec("sse-c", .optionalValue("AES256"), choices: ["AES256"]),
        S3OptionSpec("sse-c-key"),
        S3OptionSpec("sse-kms-key-id"),
        S3OptionSpec("sse-c-copy-source", .optionalValue("AES256"), choices: ["AES256"]),
        S3OptionSpec("sse-c-copy-source-key"),
        S3OptionSpec("storage-class", choices: storageClasses),
        S3OptionSpec("grants", .oneOrMore),
        S3OptionSpec("website-redirect"),
        S3OptionSpec("content-type"),
        S3OptionSpec("cache-control"),
        S3OptionSpec("content-disposition"),
        S3OptionSpec("content-encoding"),
        S3OptionSpec("content-language"),
        S3OptionSpec("expires"),
        S3OptionSpec("source-region"),
        onlyShowErrors,
        S3OptionSpec("no-progress", .flag),
        pageSize,
        S3OptionSpec("ignore-glacier-warnings", .flag),
        S3OptionSpec("force-glacier-transfer", .flag),
        requestPayer,
        S3OptionSpec("checksum-mode", choices: ["ENABLED"]),
        S3OptionSpec("checksum-algorithm", choices: ["CRC64NVME", "CRC32", "SHA256", "SHA1", "CRC32C"]),
        S3OptionSpec("copy-props", choices: ["none", "metadata-directive", "default"]),
        S3OptionSpec("progress-frequency"),
        S3OptionSpec("progress-multiline", .flag),
    ]

    private static let transferPaths = "<LocalPath> <S3Uri> or <S3Uri> <LocalPath> or <S3Uri> <S3Uri>"

    // MARK: Subcommands

    static let ls = S3CommandSpec(
        name: "ls", usage: "<S3Uri> or NONE",
        description: "List S3 objects and common prefixes under a prefix or all S3 buckets.",
        positionalName: "paths", positionalCount: 0...1,
        options: [
            recursive, pageSize, S3OptionSpec("human-readable", .flag), S3OptionSpec("summarize", .flag), requestPayer,
            S3OptionSpec("bucket-name-prefix"), S3OptionSpec("bucket-region"),
        ])

    static let website = S3CommandSpec(
        name: "website", usage: "<S3Uri>", description: "Set the website configuration for a bucket.",
        positionalName: "paths", positionalCount: 1...1,
        options: [S3OptionSpec("index-document"), S3OptionSpec("error-document")])

    static let cp = S3CommandSpec(
        name: "cp", usage: transferPaths,
        description: "Copies a local file or S3 object to another location locally or in S3.",
        positionalName: "paths", positionalCount: 2...2,
        options: transferOptions + [metadata, metadataDirective, S3OptionSpec("expected-size"), recursive, caseConflict])

    static let mv = S3CommandSpec(
        name: "mv", usage: transferPaths,
        description: "Moves a local file or S3 object to another location locally or in S3.",
        positionalName: "paths", positionalCount: 2...2,
        options: transferOptions + [
            metadata, metadataDirective, recursive, S3OptionSpec("validate-same-s3-paths", .flag), caseConflict,
        ])

    static let rm = S3CommandSpec(
        name: "rm", usage: "<S3Uri>", description: "Deletes an S3 object.",
        positionalName: "paths", positionalCount: 1...1,
        options: [dryrun, quiet, recursive, requestPayer, include, exclude, onlyShowErrors, pageSize])

    static let sync = S3CommandSpec(
        name: "sync", usage: transferPaths,
        description: "Syncs directories and S3 prefixes. Recursively copies new and updated files from the source "
            + "directory to the destination. Only creates folders in the destination if they contain one or more files.",
        positionalName: "paths", positionalCount: 2...2,
        options: transferOptions + [
            metadata, metadataDirective, caseConflict, S3OptionSpec("size-only", .flag),
            S3OptionSpec("exact-timestamps", .flag), S3OptionSpec("delete", .flag),
        ])

    static let mb = S3CommandSpec(
        name: "mb", usage: "<S3Uri>", description: "Creates an S3 bucket.",
        positionalName: "path", positionalCount: 1...1, options: [S3OptionSpec("tags", .pair)])

    static let rb = S3CommandSpec(
        name: "rb", usage: "<S3Uri>",
        description: "Deletes an empty S3 bucket. A bucket must be completely empty of objects and versioned objects "
            + "before it can be deleted. However, the --force parameter can be used to delete the non-versioned "
            + "objects in the bucket before the bucket is deleted.",
        positionalName: "path", positionalCount: 1...1, options: [S3OptionSpec("force", .flag)])

    static let presign = S3CommandSpec(
        name: "presign", usage: "<S3Uri>",
        description: "Generate a pre-signed URL for an Amazon S3 object. This allows anyone who receives the "
            + "pre-signed URL to retrieve the S3 object with an HTTP GET request.",
        positionalName: "path", positionalCount: 1...1, options: [S3OptionSpec("expires-in")])
}
