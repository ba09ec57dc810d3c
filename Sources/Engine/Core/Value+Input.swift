/// Reading operation inputs: accessors that throw the AWS errors services use.
extension Value {
    /// A required string member, or `MissingParameter`.
    public func requiredString(_ name: String) throws -> String {
        guard let s = self[name]?.stringValue else { throw AWSError.missingParameter(name) }
        return s
    }
}
