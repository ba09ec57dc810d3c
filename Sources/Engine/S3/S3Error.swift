/// The errors S3 returns, with its codes, messages and HTTP statuses.
enum S3Error {
    // MARK: Buckets
    static let noSuchBucket = AWSError("NoSuchBucket", "The specified bucket does not exist", status: 404)
    static let invalidBucketName = AWSError("InvalidBucketName", "The specified bucket is not valid.")
    static let bucketAlreadyExists = AWSError(
        "BucketAlreadyExists",
        "The requested bucket name is not available. The bucket namespace is shared by all users of the system. "
            + "Please select a different name and try again.",
        status: 409)
    static let bucketAlreadyOwnedByYou = AWSError(
        "BucketAlreadyOwnedByYou", "Your previous request to create the named bucket succeeded and you already own it.",
        status: 409)
    static let bucketNotEmpty = AWSError("BucketNotEmpty", "The bucket you tried to delete is not empty", status: 409)
    static let invalidLocationConstraint = AWSError(
        "InvalidLocationConstraint", "The specified location-constraint is not valid")
    static let tooManyBuckets = AWSError(
        "TooManyBuckets", "You have attempted to create more buckets than allowed")
    static let invalidBucketAclWithObjectOwnership = AWSError(
        "InvalidBucketAclWithObjectOwnership",
        "Bucket cannot have ACLs set with ObjectOwnership's BucketOwnerEnforced setting")
    static let accessControlListNotSupported = AWSError(
        "AccessControlListNotSupported", "The bucket does not allow ACLs")

    /// `IllegalLocationConstraintException` for a constraint (nil: none given) that does not
    /// match the region the request went to.
    static func illegalLocationConstraint(_ constraint: String?) -> AWSError {
        AWSError(
            "IllegalLocationConstraintException",
            "The \(constraint ?? "unspecified") location constraint is incompatible for the region specific "
                + "endpoint this request was sent to.")
    }

    // MARK: Access
    static let accessDenied = AWSError("AccessDenied", "Access Denied", status: 403)
    /// What a HEAD request gets for a missing bucket or key (no body, so the bare status).
    static let headNotFound = AWSError("404", "Not Found", status: 404)
    static let headForbidden = AWSError("403", "Forbidden", status: 403)
    static let headBadRequest = AWSError("400", "Bad Request", status: 400)
    static let headPreconditionFailed = AWSError("412", "Precondition Failed", status: 412)
    static let headMethodNotAllowed = AWSError("405", "Method Not Allowed", status: 405)
    static let notModified = AWSError("304", "Not Modified", status: 304)

    // MARK: Objects
    static let noSuchKey = AWSError("NoSuchKey", "The specified key does not exist.", status: 404)
    static let noSuchVersion = AWSError("NoSuchVersion", "The specified version does not exist.", status: 404)
    static let invalidVersionId = AWSError("InvalidArgument", "Invalid version id specified")
    static let methodNotAllowed = AWSError(
        "MethodNotAllowed", "The specified method is not allowed against this resource.", status: 405)
    static let preconditionFailed = AWSError(
        "PreconditionFailed", "At least one of the pre-conditions you specified did not hold", status: 412)
    static let invalidRange = AWSError("InvalidRange", "The requested range is not satisfiable", status: 416)
    static let invalidStorageClass = AWSError("InvalidStorageClass", "The storage class you specified is not valid")
    static let invalidObjectState = AWSError(
        "InvalidObjectState", "The operation is not valid for the object's storage class", status: 403)
    static let keyTooLong = AWSError("KeyTooLongError", "Your key is too long")
    static let metadataTooLarge = AWSError(
        "MetadataTooLarge", "Your metadata headers exceed the maximum allowed metadata size")
    static let entityTooLarge = AWSError(
        "EntityTooLarge", "Your proposed upload exceeds the maximum allowed size")
    static let copyToItself = AWSError(
        "InvalidRequest",
        "This copy request is illegal because it is trying to copy an object to itself without changing the "
            + "object's metadata, storage class, website redirect location or encryption attributes.")
    static let copySourceDeleteMarker = AWSError(
        "InvalidRequest", "The source of a copy request may not specifically refer to a delete marker by version id.")
    static let invalidCopySource = AWSError("InvalidArgument", "Invalid copy source encoding")
    static let malformedXML = AWSError(
        "MalformedXML",
        "The XML you provided was not well-formed or did not validate against our published schema")
    static let invalidContinuationToken = AWSError(
        "InvalidArgument", "The continuation token provided is incorrect")
    static let invalidMaxKeys = AWSError(
        "InvalidArgument", "Provided max-keys not an integer or within integer range")

    static func badDigest(_ algorithm: ChecksumAlgorithm) -> AWSError {
        AWSError("BadDigest", "The \(algorithm.rawValue) you specified did not match the calculated checksum.")
    }

    // MARK: Multipart
    static let noSuchUpload = AWSError(
        "NoSuchUpload",
        "The specified upload does not exist. The upload ID may be invalid, or the upload may have been aborted "
            + "or completed.",
        status: 404)
    static let invalidPart = AWSError(
        "InvalidPart",
        "One or more of the specified parts could not be found.  The part may not have been uploaded, or the "
            + "specified entity tag may not match the part's entity tag.")
    static let invalidPartOrder = AWSError(
        "InvalidPartOrder", "The list of parts was not in ascending order. Parts must be ordered by part number.")
    static let entityTooSmall = AWSError(
        "EntityTooSmall", "Your proposed upload is smaller than the minimum allowed object size.")
    static let invalidPartNumber = AWSError(
        "InvalidArgument", "Part number must be an integer between 1 and 10000, inclusive")

    // MARK: Tagging, policy, configuration
    static let noSuchTagSet = AWSError("NoSuchTagSet", "The TagSet does not exist", status: 404)
    static let invalidTagKey = AWSError("InvalidTag", "The TagKey you have provided is invalid")
    static let invalidTagValue = AWSError("InvalidTag", "The TagValue you have provided is invalid")
    static let duplicateTagKey = AWSError("InvalidTag", "Cannot provide multiple Tags with the same key")
    static let awsPrefixedTagKey = AWSError("InvalidTag", "Your TagKey cannot be prefixed with aws:")
    static let tooManyObjectTags = AWSError("BadRequest", "Object tags cannot be greater than 10")
    static let tooManyBucketTags = AWSError("InvalidTag", "Bucket tag count cannot be greater than 50")
    static let noSuchBucketPolicy = AWSError("NoSuchBucketPolicy", "The bucket policy does not exist", status: 404)

    // MARK: Website
    static let noSuchWebsiteConfiguration = AWSError(
        "NoSuchWebsiteConfiguration", "The specified bucket does not have a website configuration", status: 404)
    static let missingIndexDocument = AWSError(
        "InvalidArgument", "A value for IndexDocument Suffix must be provided if RedirectAllRequestsTo is empty")
    static let invalidIndexDocumentSuffix = AWSError("InvalidArgument", "The IndexDocument Suffix is not well formed")
    static let invalidErrorDocumentKey = AWSError("InvalidArgument", "The ErrorDocument Key is not well formed")
    static let invalidRedirectProtocol = AWSError(
        "InvalidRequest",
        "Invalid protocol, protocol can be http or https. If not defined the protocol will be selected automatically.")
    static let bothReplaceKeyAndPrefix = AWSError(
        "InvalidRequest", "You can only define ReplaceKeyPrefix or ReplaceKey but not both.")
    static let emptyRoutingCondition = AWSError(
        "InvalidRequest",
        "Condition cannot be empty. To redirect all requests without a condition, the condition element shouldn't "
            + "be present.")

    static func tooManyRoutingRules(_ count: Int) -> AWSError {
        AWSError(
            "InvalidRequest",
            "\(count) routing rules provided, the number of routing rules in a website configuration is limited to "
                + "\(WebsiteConfiguration.routingRuleLimit).")
    }

    static func invalidRedirectCode(_ code: Int) -> AWSError {
        AWSError(
            "InvalidRequest", "The provided HTTP redirect code (\(code)) is not valid. Valid codes are 3XX except 300.")
    }

    static func invalidErrorCode(_ code: Int) -> AWSError {
        AWSError("InvalidRequest", "The provided HTTP error code (\(code)) is not valid. Valid codes are 4XX or 5XX.")
    }

    // MARK: Messages

    static func malformedPolicy(_ message: String) -> AWSError {
        AWSError("MalformedPolicy", message)
    }

    static func invalidArgument(_ message: String) -> AWSError {
        AWSError("InvalidArgument", message)
    }

    static func invalidRequest(_ message: String) -> AWSError {
        AWSError("InvalidRequest", message)
    }
}
