/// A failed S3 call as the `aws s3` commands report it inside their own lines
/// (`upload failed: ... An error occurred (NoSuchBucket) when calling the PutObject
/// operation: ...`). `serviceCode` is nil for failures that are not service errors
/// (parameter validation, a region without an endpoint, a local file problem).
struct S3CallError: Error, Sendable, Equatable, CustomStringConvertible {
    var serviceCode: String?
    var operation: String
    var message: String

    /// A service error (botocore's `ClientError`).
    static func service(_ code: String, operation: String, message: String) -> S3CallError {
        S3CallError(serviceCode: code, operation: operation, message: message)
    }

    /// Anything else, printed as its message alone.
    static func other(_ message: String, operation: String = "") -> S3CallError {
        S3CallError(serviceCode: nil, operation: operation, message: message)
    }

    /// botocore's client-side check of an empty `Key`.
    static let emptyKey = S3CallError.other(
        "Parameter validation failed:\nInvalid length for parameter Key, value: 0, valid min length: 1")

    var description: String {
        guard let serviceCode else { return message }
        return CLIError.serviceMessage(code: serviceCode, operation: operation, message: message)
    }

    /// The error when it ends the whole command: a service error exits 254, anything else 255.
    var cliError: CLIError {
        if serviceCode != nil { return CLIError(.service, stderr: "\n\(description)\n") }
        if message.hasPrefix("Parameter validation failed:") { return CLIError(.parameter, stderr: "\n\(description)\n") }
        return CLIError.other(description)
    }
}
