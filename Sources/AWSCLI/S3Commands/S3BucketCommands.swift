import Foundation
import JSONValue

/// `aws s3 mb` and `aws s3 rb`: create a bucket in the command's region (with a
/// `LocationConstraint` outside us-east-1), delete one (with `--force`, after `rm
/// --recursive` of its objects). Both print `make_bucket: b` / `remove_bucket: b`, or the
/// error after `make_bucket failed: s3://b` with exit status 1.
struct S3BucketCommands {
    let session: CLISession

    func makeBucket(_ tokens: [String]) throws(CLIError) -> CLIResult {
        let arguments = try S3ArgumentParser(spec: .mb).parse(tokens)
        if arguments.wantsHelp { return S3Help.result(.mb) }
        try session.checkProfile()
        let path = arguments.positionals[0]
        guard S3Path.isS3(path) else { throw S3TransferParameters.invalid("<S3Uri>\nError: Invalid argument type") }
        let region = S3Command.region(session)
        let bucket = S3Path.split(path).bucket
        var request: Value = ["Bucket": .string(bucket)]
        var configuration: Value = .emptyObject
        if region != "us-east-1" { configuration["LocationConstraint"] = .string(region) }
        let tags = (arguments.lists["tags"] ?? []).map { pair -> Value in
            ["Key": .string(pair[0]), "Value": .string(pair[1])]
        }
        if !tags.isEmpty { configuration["Tags"] = .array(tags) }
        if configuration != .emptyObject { request["CreateBucketConfiguration"] = configuration }
        do {
            _ = try S3Client(session: session, region: region).call("CreateBucket", request)
            return CLIResult(stdout: Data("make_bucket: \(bucket)\n".utf8))
        } catch {
            return CLIResult(stderr: Data("make_bucket failed: \(path) \(error.description)\n".utf8), exitCode: 1)
        }
    }

    func removeBucket(_ tokens: [String]) throws(CLIError) -> CLIResult {
        let arguments = try S3ArgumentParser(spec: .rb).parse(tokens)
        if arguments.wantsHelp { return S3Help.result(.rb) }
        try session.checkProfile()
        let path = arguments.positionals[0]
        guard S3Path.isS3(path) else { throw S3TransferParameters.invalid("<S3Uri>\nError: Invalid argument type") }
        let (bucket, key) = S3Path.split(path)
        if !key.isEmpty {
            throw S3TransferParameters.invalid("Please specify a valid bucket name only. E.g. s3://\(bucket)")
        }
        var result = CLIResult()
        if arguments.flag("force") {
            result = try S3TransferCommand(spec: .rm, session: session).run([path, "--recursive"])
            if result.exitCode != 0 {
                let message = "\nremove_bucket failed: Unable to delete all objects in the bucket, "
                    + "bucket will not be deleted.\n"
                result.stderr.append(Data(message.utf8))
                result.exitCode = 255  // a RuntimeError in the CLI
                return result
            }
        }
        do {
            _ = try S3Client(session: session, region: S3Command.region(session))
                .call("DeleteBucket", ["Bucket": .string(bucket)])
            result.stdout.append(Data("remove_bucket: \(bucket)\n".utf8))
        } catch {
            result.stderr.append(Data("remove_bucket failed: \(path) \(error.description)\n".utf8))
            result.exitCode = 1
        }
        return result
    }
}
