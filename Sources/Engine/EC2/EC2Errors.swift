/// The errors of the simulated EC2, with the codes and messages the EC2 API returns
/// (EC2 speaks its own query protocol: the code is the `<Code>` of the error response).
enum EC2Errors {
    // MARK: Key pairs

    static func keyPairDuplicate(_ name: String) -> AWSError {
        AWSError("InvalidKeyPair.Duplicate", "The keypair '\(name)' already exists.")
    }

    static func keyPairNotFound(_ nameOrId: String) -> AWSError {
        AWSError("InvalidKeyPair.NotFound", "The key pair '\(nameOrId)' does not exist")
    }

    static func keyFormat(_ message: String) -> AWSError {
        AWSError("InvalidKeyPair.Format", message)
    }

    static func keyNameTooLong(_ name: String) -> AWSError {
        AWSError.invalidParameterValue("Value (\(name)) for parameter keyName is invalid. Length exceeds maximum of 255.")
    }

    static func keyNameNotASCII(_ name: String) -> AWSError {
        AWSError.invalidParameterValue(
            "Value (\(name)) for parameter keyName is invalid. Character sets beyond ASCII are not supported.")
    }

    static func invalidEnum(_ value: String, parameter: String, valid: [String]) -> AWSError {
        AWSError.invalidParameterValue(
            "Value (\(value)) for parameter \(parameter) is invalid. Valid values are: \(valid.joined(separator: ", ")).")
    }

    // MARK: Filters

    static func invalidFilter(_ name: String) -> AWSError {
        AWSError("InvalidParameterValue", "The filter '\(name)' is invalid")
    }

    static func invalidNextToken() -> AWSError {
        AWSError("InvalidParameterValue", "The token is not valid.")
    }

    // MARK: Tags

    static func invalidID(_ id: String) -> AWSError {
        AWSError("InvalidID", "The ID '\(id)' is not valid")
    }

    static func instanceNotFound(_ id: String) -> AWSError {
        AWSError("InvalidInstanceID.NotFound", "The instance ID '\(id)' does not exist")
    }

    static func imageNotFound(_ id: String) -> AWSError {
        AWSError("InvalidAMIID.NotFound", "The image id '[\(id)]' does not exist")
    }

    static func tagLimitExceeded() -> AWSError {
        AWSError("TagLimitExceeded", "The maximum number of Tags for a resource has been reached.")
    }

    static func tagKeyTooLong() -> AWSError {
        AWSError.invalidParameterValue("Tag key exceeds the maximum length of 128 characters")
    }

    static func tagValueTooLong() -> AWSError {
        AWSError.invalidParameterValue("Tag value exceeds the maximum length of 256 characters")
    }

    static func reservedTagKey(_ key: String) -> AWSError {
        AWSError.invalidParameterValue(
            "Value ( \(key) ) for parameter key is invalid. Tag keys starting with 'aws:' are reserved for internal use")
    }

    static func emptyTagKey() -> AWSError {
        AWSError.invalidParameterValue("Tag key cannot be empty")
    }

    static func tagSpecificationResourceType(_ type: String) -> AWSError {
        AWSError("InvalidParameterValue",
                 "'\(type)' is not a valid taggable resource type for this operation.")
    }
}
