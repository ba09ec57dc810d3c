import Foundation
import JSONValue

/// `aws s3 website s3://b --index-document index.html [--error-document error.html]`:
/// `PutBucketWebsite` with the given documents; prints nothing on success.
struct S3WebsiteCommand {
    let session: CLISession

    func run(_ tokens: [String]) throws(CLIError) -> CLIResult {
        let arguments = try S3ArgumentParser(spec: .website).parse(tokens)
        if arguments.wantsHelp { return S3Help.result(.website) }
        var bucket = S3Path.withoutScheme(arguments.positionals[0])
        if bucket.hasSuffix("/") { bucket.removeLast() }
        var configuration: Value = .emptyObject
        if let index = arguments.value("index-document") { configuration["IndexDocument"] = ["Suffix": .string(index)] }
        if let error = arguments.value("error-document") { configuration["ErrorDocument"] = ["Key": .string(error)] }
        try session.checkProfile()
        do {
            _ = try S3Client(session: session, region: S3Command.region(session)).call(
                "PutBucketWebsite", ["Bucket": .string(bucket), "WebsiteConfiguration": configuration])
        } catch {
            throw error.cliError
        }
        return CLIResult()
    }
}
