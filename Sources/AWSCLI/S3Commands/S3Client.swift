import Engine
import Foundation

/// The S3 API as the `aws s3` commands call it: one region, errors kept as code and message
/// so each command can word them as the AWS CLI does.
struct S3Client {
    let cloud: Cloud
    let region: String

    init(session: CLISession, region: String) {
        self.cloud = session.context.cloud
        self.region = region
    }

    func call(_ operation: String, _ input: Value) throws(S3CallError) -> Value {
        try checkRegion(operation)
        do {
            return try cloud.call("s3", operation, input, region: region)
        } catch {
            throw Self.callError(error, operation: operation)
        }
    }

    /// Calls made at the same time (a file's parts, as s3transfer's threads send them).
    func callConcurrently(_ operation: String, _ inputs: [Value]) throws(S3CallError) -> [Result<Value, S3CallError>] {
        try checkRegion(operation)
        return cloud.callConcurrently("s3", operation, inputs, region: region).map { result in
            result.mapError { Self.callError($0, operation: operation) }
        }
    }

    private func checkRegion(_ operation: String) throws(S3CallError) {
        guard Region.named(region) != nil else {
            throw S3CallError.other("Could not connect to the endpoint URL: \"https://s3.\(region).amazonaws.com/\"",
                                    operation: operation)
        }
    }

    private static func callError(_ error: any Error, operation: String) -> S3CallError {
        guard let error = error as? AWSError else { return S3CallError.other("\(error)", operation: operation) }
        if error.code == "NotSimulated" { return S3CallError.other(error.message, operation: operation) }
        return S3CallError.service(error.code, operation: operation, message: error.message)
    }

    /// Every page of a listing, `ListObjectsV2` by continuation token (`ListBuckets` too).
    func paginate(_ operation: String, _ input: Value, tokenIn: String = "ContinuationToken",
                  tokenOut: String = "NextContinuationToken",
                  page: (Value) throws(S3CallError) -> Void) throws(S3CallError) {
        var request = input
        while true {
            let response = try call(operation, request)
            try page(response)
            guard let token = response.string(tokenOut), !token.isEmpty,
                  response.bool("IsTruncated") ?? true else { return }
            request[tokenIn] = .string(token)
        }
    }
}
