/// An error as an AWS service returns it: a code, a message, an HTTP status and who is
/// at fault. The AWS CLI prints it as
/// `An error occurred (Code) when calling the Operation operation: Message`.
public struct AWSError: Error, Sendable, Equatable, Codable {
    /// Whether the caller (`Sender`, 4xx) or the service (`Receiver`, 5xx) is at fault.
    public enum Fault: String, Sendable, Codable { case sender = "Sender", receiver = "Receiver" }

    public var code: String
    public var message: String
    public var httpStatus: Int
    public var fault: Fault

    public init(_ code: String, _ message: String, status: Int = 400, fault: Fault? = nil) {
        self.code = code
        self.message = message
        self.httpStatus = status
        self.fault = fault ?? (status >= 500 ? .receiver : .sender)
    }

    // MARK: Common errors

    public static func validation(_ message: String) -> AWSError {
        AWSError("ValidationError", message)
    }
    public static func invalidParameterValue(_ message: String) -> AWSError {
        AWSError("InvalidParameterValue", message)
    }
    public static func missingParameter(_ name: String) -> AWSError {
        AWSError("MissingParameter", "The request must contain the parameter \(name).")
    }
    public static func internalFailure(_ message: String = "We encountered an internal error. Please try again.") -> AWSError {
        AWSError("InternalFailure", message, status: 500)
    }
    /// An operation the model knows but the simulation does not carry out.
    public static func notSimulated(service: String, operation: String) -> AWSError {
        AWSError("NotSimulated", "The lab does not simulate \(service) \(operation) yet.", status: 501)
    }
}
