/// The errors of the simulated SQS, with the codes the AWS CLI prints against real AWS.
///
/// SQS speaks the JSON protocol with `awsQueryCompatible`: every error response carries an
/// `x-amzn-query-error` header holding the code of the former query API, and botocore's JSON
/// parser (`_do_query_compatible_error_parse`) puts that code in `Error.Code`. So the CLI prints
/// `AWS.SimpleQueueService.NonExistentQueue`, not the shape name `QueueDoesNotExist`; shapes
/// without an `awsQueryError` trait (`InvalidAttributeName`, `InvalidAttributeValue`, ...) keep
/// their shape name, and the common errors print `InvalidParameterValue` / `MissingParameter`.
enum SQSErrors {
    // MARK: Queues

    static func queueDoesNotExist() -> AWSError {
        AWSError("AWS.SimpleQueueService.NonExistentQueue", "The specified queue does not exist.")
    }

    static func queueAlreadyExists(attribute: String) -> AWSError {
        AWSError("QueueAlreadyExists",
                 "A queue already exists with the same name and a different value for attribute \(attribute)")
    }

    static func queueDeletedRecently() -> AWSError {
        AWSError("AWS.SimpleQueueService.QueueDeletedRecently",
                 "You must wait 60 seconds after deleting a queue before you can create another with the same name.")
    }

    static func purgeQueueInProgress(queueName: String) -> AWSError {
        AWSError("AWS.SimpleQueueService.PurgeQueueInProgress",
                 "Only one PurgeQueue operation on \(queueName) is allowed every 60 seconds.", status: 403)
    }

    static func invalidQueueName(fifo: Bool) -> AWSError {
        if fifo {
            return invalidParameterValue("The name of a FIFO queue can only include alphanumeric characters, "
                + "hyphens, or underscores, must end with .fifo suffix and be 1 to 80 in length.")
        }
        return invalidParameterValue("Can only include alphanumeric characters, hyphens, or underscores. 1 to 80 in length")
    }

    // MARK: Parameters

    static func invalidParameterValue(_ message: String) -> AWSError {
        AWSError("InvalidParameterValue", message)
    }

    /// `Value V for parameter P is invalid. Reason: R`
    static func invalidParameter(_ value: String, _ parameter: String, reason: String) -> AWSError {
        invalidParameterValue("Value \(value) for parameter \(parameter) is invalid. Reason: \(reason)")
    }

    static func missingParameter(_ name: String) -> AWSError {
        AWSError("MissingParameter", "The request must contain the parameter \(name).")
    }

    static func unknownAttribute(_ name: String) -> AWSError {
        AWSError("InvalidAttributeName", "Unknown Attribute \(name).")
    }

    static func invalidAttributeName(_ message: String) -> AWSError {
        AWSError("InvalidAttributeName", message)
    }

    static func invalidAttributeValue(_ name: String, reason: String? = nil) -> AWSError {
        let suffix = reason.map { " Reason: \($0)" } ?? ""
        return AWSError("InvalidAttributeValue", "Invalid value for the parameter \(name).\(suffix)")
    }

    static func invalidMessageContents(_ character: Unicode.Scalar) -> AWSError {
        let hex = String(character.value, radix: 16, uppercase: true)
        return AWSError("InvalidMessageContents",
                        "Invalid binary character '#x\(hex)' was found in the message body, the set of allowed "
                        + "characters is #x9 | #xA | #xD | #x20 to #xD7FF | #xE000 to #xFFFD | #x10000 to #x10FFFF")
    }

    static func messageTooLong(limit: Int, batchEntry: Bool = false) -> AWSError {
        let lead = batchEntry ? "One or more parameters cannot be validated." : "One or more parameters are invalid."
        return invalidParameterValue("\(lead) Reason: Message must be shorter than \(limit) bytes.")
    }

    // MARK: Receipt handles

    static func receiptHandleIsInvalid(_ handle: String) -> AWSError {
        AWSError("ReceiptHandleIsInvalid", "The input receipt handle \"\(handle)\" is not a valid receipt handle.",
                 status: 404)
    }

    static func receiptHandleExpired(_ handle: String) -> AWSError {
        invalidParameter(handle, "ReceiptHandle", reason: "The receipt handle has expired.")
    }

    static func messageNotAvailableForVisibilityChange(_ handle: String) -> AWSError {
        invalidParameter(handle, "ReceiptHandle",
                         reason: "Message does not exist or is not available for visibility timeout change.")
    }

    // MARK: Batches

    static func emptyBatchRequest(entryShape: String) -> AWSError {
        AWSError("AWS.SimpleQueueService.EmptyBatchRequest", "There should be at least one \(entryShape) in the request.")
    }

    static func tooManyEntriesInBatchRequest(_ count: Int) -> AWSError {
        AWSError("AWS.SimpleQueueService.TooManyEntriesInBatchRequest",
                 "Maximum number of entries per request are 10. You have sent \(count).")
    }

    static func batchEntryIdsNotDistinct(_ id: String) -> AWSError {
        AWSError("AWS.SimpleQueueService.BatchEntryIdsNotDistinct", "Id \(id) repeated.")
    }

    static func invalidBatchEntryId() -> AWSError {
        AWSError("AWS.SimpleQueueService.InvalidBatchEntryId",
                 "A batch entry id can only contain alphanumeric characters, hyphens and underscores. "
                 + "It can be at most 80 letters long.")
    }

    static func batchRequestTooLong(size: Int, limit: Int) -> AWSError {
        AWSError("AWS.SimpleQueueService.BatchRequestTooLong",
                 "Batch requests cannot be longer than \(limit) bytes. You have sent \(size) bytes.")
    }

    // MARK: Move tasks and permissions

    static func resourceNotFound(_ message: String) -> AWSError {
        AWSError("ResourceNotFoundException", message, status: 404)
    }

    static func overLimit(_ message: String) -> AWSError {
        AWSError("OverLimit", message, status: 403)
    }
}
