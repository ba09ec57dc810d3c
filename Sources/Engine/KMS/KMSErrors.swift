/// The errors of the simulated KMS, with the codes and messages AWS KMS returns (the JSON
/// protocol: the code is the error shape's name).
enum KMSErrors {
    // MARK: Finding keys

    static func keyNotFound(_ arn: String) -> AWSError {
        AWSError("NotFoundException", "Key '\(arn)' does not exist")
    }

    static func aliasNotFound(_ aliasArn: String) -> AWSError {
        AWSError("NotFoundException", "Alias \(aliasArn) is not found.")
    }

    static func invalidKeyId(_ id: String) -> AWSError {
        AWSError("NotFoundException", "Invalid keyId \(id)")
    }

    static func invalidArn(_ arn: String) -> AWSError {
        AWSError("InvalidArnException", "ARN '\(arn)' is not a valid ARN for this operation.")
    }

    // MARK: Key states

    static func disabled(_ arn: String) -> AWSError {
        AWSError("DisabledException", "\(arn) is disabled.")
    }

    static func pendingDeletion(_ arn: String) -> AWSError {
        AWSError("KMSInvalidStateException", "\(arn) is pending deletion.")
    }

    static func notPendingDeletion(_ arn: String) -> AWSError {
        AWSError("KMSInvalidStateException", "\(arn) is not pending deletion.")
    }

    static func invalidKeyUsage(_ arn: String, usage: String, operation: String) -> AWSError {
        AWSError("InvalidKeyUsageException", "\(arn) key usage is \(usage) which is not valid for \(operation).")
    }

    static func unsupported(_ message: String) -> AWSError {
        AWSError("UnsupportedOperationException", message)
    }

    /// What happens when the learner asks KMS to change an AWS managed key: its key policy
    /// allows only the AWS service to use it.
    static func accessDenied(action: String, arn: String, accountId: String) -> AWSError {
        AWSError("AccessDeniedException",
                 "User: arn:aws:iam::\(accountId):user/\(STSService.userName) is not authorized to perform: "
                 + "kms:\(action) on resource: \(arn) because no resource-based policy allows the kms:\(action) action")
    }

    // MARK: Ciphertexts and signatures

    /// KMS returns no message with this error.
    static func invalidCiphertext() -> AWSError { AWSError("InvalidCiphertextException", "") }

    static func incorrectKey() -> AWSError {
        AWSError("IncorrectKeyException",
                 "The key ID in the request does not identify a CMK that can perform this operation.")
    }

    static func invalidSignature() -> AWSError { AWSError("KMSInvalidSignatureException", "") }

    // MARK: Aliases

    static func aliasExists(_ aliasArn: String) -> AWSError {
        AWSError("AlreadyExistsException", "An alias with the name \(aliasArn) already exists")
    }

    static func aliasPrefix() -> AWSError {
        validation("Alias must start with the prefix \"alias/\". "
                   + "Please see https://docs.aws.amazon.com/kms/latest/developerguide/kms-alias.html")
    }

    /// `alias/aws/` names belong to AWS managed keys.
    static func reservedAlias() -> AWSError { AWSError("NotAuthorizedException", "") }

    // MARK: Parameters

    static func validation(_ message: String) -> AWSError { AWSError("ValidationException", message) }

    /// The one-line form of a failed model constraint, as AWS words it.
    static func constraint(_ value: String, _ member: String, _ rule: String) -> AWSError {
        validation("1 validation error detected: Value '\(value)' at '\(member)' failed to satisfy constraint: \(rule)")
    }

    static func malformedPolicy(_ message: String) -> AWSError {
        AWSError("MalformedPolicyDocumentException", message)
    }

    static func tagException(_ message: String) -> AWSError { AWSError("TagException", message) }
}
