import Engine
import Foundation
import JSONValue

/// One `aws` invocation's resolved settings: global options, profile, region and output,
/// resolved in the AWS CLI's order (option, environment, configuration).
public struct CLISession {
    public let globals: GlobalOptions
    public let context: CLIContext

    public init(globals: GlobalOptions, context: CLIContext) {
        self.globals = globals
        self.context = context
    }

    /// `--profile`, then `AWS_PROFILE`, then `default`.
    public var profile: String {
        globals.profile ?? context.environment["AWS_PROFILE"] ?? "default"
    }

    /// Fails with the CLI's message when the chosen profile does not exist.
    public func checkProfile() throws(CLIError) {
        let name = profile
        if context.configuration.profiles[name] == nil && name != "default" {
            throw CLIError.configuration("The config profile (\(name)) could not be found")
        }
    }

    /// `--region`, then `AWS_REGION`, then `AWS_DEFAULT_REGION`, then the profile's region.
    public func region() throws(CLIError) -> String {
        let r = globals.region ?? context.environment["AWS_REGION"] ?? context.environment["AWS_DEFAULT_REGION"]
            ?? context.configuration.value("region", profile: profile)
        guard let r, !r.isEmpty else {
            throw CLIError.configuration("You must specify a region. You can also configure your region by running \"aws configure\".")
        }
        return r
    }

    /// `--output`, then `AWS_DEFAULT_OUTPUT`, then the profile's output, then json.
    public var outputFormat: String {
        globals.output ?? context.environment["AWS_DEFAULT_OUTPUT"]
            ?? context.configuration.value("output", profile: profile) ?? "json"
    }

    public var binaryFormat: ParameterConverter.BinaryFormat {
        let setting = globals.binaryFormat ?? context.configuration.value("cli_binary_format", profile: profile)
        return setting == "raw-in-base64-out" ? .rawInBase64Out : .base64
    }

    /// Calls the simulated service, turning its errors into the CLI's.
    public func call(_ service: String, _ operation: String, _ input: Value, region: String) throws(CLIError) -> Value {
        guard Region.named(region) != nil else {
            throw CLIError.other("Could not connect to the endpoint URL: \"https://\(service).\(region).amazonaws.com/\"")
        }
        do {
            return try context.cloud.call(service, operation, input, region: region)
        } catch let error as AWSError {
            if error.code == "NotSimulated" { throw CLIError.other(error.message) }
            throw CLIError.service(code: error.code, operation: operation, message: error.message)
        } catch {
            throw CLIError.other("\(error)")
        }
    }
}
