/// The errors of the simulated SNS, with the codes and messages the AWS CLI prints against
/// real AWS (SNS speaks the query protocol: the code is the `<Code>` of the error response).
enum SNSErrors {
    static func topicNotFound() -> AWSError {
        AWSError("NotFound", "Topic does not exist", status: 404)
    }

    static func subscriptionNotFound() -> AWSError {
        AWSError("NotFound", "Subscription does not exist", status: 404)
    }

    static func resourceNotFound() -> AWSError {
        AWSError("ResourceNotFound", "Resource does not exist", status: 404)
    }

    /// `Invalid parameter: WHAT`, the message of most of SNS's validation errors.
    static func invalidParameter(_ what: String) -> AWSError {
        AWSError("InvalidParameter", "Invalid parameter: \(what)")
    }

    /// A message attribute value that breaks its type's rules (`ParameterValueInvalid`).
    static func parameterValueInvalid(_ message: String) -> AWSError {
        AWSError("ParameterValueInvalid", message)
    }

    static func tagLimitExceeded() -> AWSError {
        AWSError("TagLimitExceeded", "Could not complete request: tag quota of per resource exceeded")
    }

    // MARK: Batches

    static func emptyBatchRequest() -> AWSError {
        AWSError("EmptyBatchRequest", "The batch request doesn't contain any entries.")
    }

    static func tooManyEntriesInBatchRequest() -> AWSError {
        AWSError("TooManyEntriesInBatchRequest", "The batch request contains more entries than permissible.")
    }

    static func batchEntryIdsNotDistinct() -> AWSError {
        AWSError("BatchEntryIdsNotDistinct", "Two or more batch entries in the request have the same Id.")
    }

    static func invalidBatchEntryId() -> AWSError {
        AWSError("InvalidBatchEntryId", "The Id of a batch entry in a batch request doesn't abide by the specification.")
    }

    static func batchRequestTooLong() -> AWSError {
        AWSError("BatchRequestTooLong", "The length of all the messages put together is more than the limit.")
    }
}
