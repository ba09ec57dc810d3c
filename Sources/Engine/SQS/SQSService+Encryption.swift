/// SSE-KMS queues (`KmsMasterKeyId`): sending asks KMS for a data key and receiving asks it to
/// decrypt one, so a missing, disabled or deleted key makes both fail with the KMS error —
/// but SQS reuses a data key for `KmsDataKeyReusePeriodSeconds` (default 300 s), so within
/// that period after a successful call it does not ask KMS again, as on AWS.
extension SQSService {
    func checkQueueKey(_ queue: Queue, _ context: RequestContext) throws {
        guard let reference = queue.attributes.kmsMasterKeyId else { return }
        if let until = queue.kmsDataKeyValidUntil, context.now < until { return }
        do {
            _ = try context.cloud.service(KMSService.self)
                .serviceKey(reference, managedBy: "sqs", displayName: "SQS queues", context)
        } catch var error as AWSError {
            // SQS passes the KMS error on with the details of the KMS call.
            let kmsCode = error.code.hasPrefix("KMS.") ? String(error.code.dropFirst(4)) : error.code
            error.message += " (Service: AWSKMS; Status Code: 400; Error Code: \(kmsCode); Request ID: "
                + "\(context.cloud.ids.uuid()); Proxy: null)"
            throw error
        }
        queue.kmsDataKeyValidUntil = context.now + Double(queue.attributes.kmsDataKeyReusePeriodSeconds)
    }

    /// Whether SNS may encrypt into the queue: its key must be a customer managed key whose
    /// policy lets sns.amazonaws.com use it (an AWS managed key's policy cannot), and usable.
    func snsMayEncrypt(into queue: Queue, topicArn: String, _ context: RequestContext) -> Bool {
        guard let reference = queue.attributes.kmsMasterKeyId else { return true }
        guard let key = try? context.cloud.service(KMSService.self)
            .serviceKey(reference, managedBy: "sqs", displayName: "SQS queues", context), !key.isAWSManaged else {
            return false
        }
        let grant = ServicePrincipalGrant(service: "sns.amazonaws.com", action: "kms:GenerateDataKey",
                                          resource: key.arn, sourceArn: topicArn, sourceAccount: context.accountId)
        return grant.isAllowed(by: key.policy)
    }
}
