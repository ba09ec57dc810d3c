import Foundation

/// `aws s3 presign s3://b/k [--expires-in N]`: a SigV4 GET URL signed with the learner's
/// credentials at the virtual clock's time (default validity 3600 seconds).
struct S3PresignCommand {
    let session: CLISession

    func run(_ tokens: [String]) throws(CLIError) -> CLIResult {
        let arguments = try S3ArgumentParser(spec: .presign).parse(tokens)
        if arguments.wantsHelp { return S3Help.result(.presign) }
        let expires = try arguments.integer("expires-in") ?? 3600
        try session.checkProfile()
        let (bucket, key) = S3Path.split(arguments.positionals[0])
        guard !key.isEmpty else { throw S3CallError.emptyKey.cliError }
        let presigner = SigV4Presigner(credentials: try credentials(), region: S3Command.region(session),
                                       time: session.context.cloud.clock.now,
                                       endpointURL: session.globals.endpointURL)
        let url = presigner.presignedGetURL(bucket: bucket, key: key, expires: expires)
        return CLIResult(stdout: Data((url + "\n").utf8))
    }

    /// The environment's keys, else the profile's, as the CLI's credential chain finds them.
    private func credentials() throws(CLIError) -> SigV4Presigner.Credentials {
        let environment = session.context.environment
        if let id = environment["AWS_ACCESS_KEY_ID"], let secret = environment["AWS_SECRET_ACCESS_KEY"],
           !id.isEmpty, !secret.isEmpty {
            return .init(accessKeyId: id, secretAccessKey: secret, sessionToken: environment["AWS_SESSION_TOKEN"])
        }
        let configuration = session.context.configuration
        let profile = session.profile
        if let id = configuration.value("aws_access_key_id", profile: profile),
           let secret = configuration.value("aws_secret_access_key", profile: profile), !id.isEmpty, !secret.isEmpty {
            return .init(accessKeyId: id, secretAccessKey: secret,
                         sessionToken: configuration.value("aws_session_token", profile: profile))
        }
        throw CLIError.configuration(
            "Unable to locate credentials. You can configure credentials by running \"aws configure\".")
    }
}
