/// Messages other services put into queues: SNS delivering a notification to a subscribed
/// queue, the way `SendMessage` would, with SNS as the sender.
extension SQSService {
    /// The `SenderId` of messages SNS delivers (the service's own principal).
    static let snsSenderId = "AIDAIT2UOQQY3AUEKVGXU"

    /// Puts an SNS notification into the queue an ARN names, if the queue exists and its
    /// policy lets `sns.amazonaws.com` send to it from `topicArn`. Returns whether the message
    /// was delivered; as on AWS, a refused delivery is silent for the publisher.
    /// - Parameters:
    ///   - groupId: the message group (FIFO queues; standard queues keep it for fair queueing).
    ///   - deduplicationId: the topic's deduplication id (FIFO queues only).
    @discardableResult
    func deliverFromSNS(queueArn: String, body: String, attributes: [MessageAttribute], groupId: String?,
                        deduplicationId: String?, topicArn: String, context: RequestContext) -> Bool {
        guard let queue = queue(arn: queueArn, accountId: context.accountId) else { return false }
        let grant = ServicePrincipalGrant(service: "sns.amazonaws.com", action: "sqs:SendMessage", resource: queue.arn,
                                          sourceArn: topicArn, sourceAccount: context.accountId)
        guard grant.isAllowed(by: queue.attributes.policy), snsMayEncrypt(into: queue, topicArn: topicArn, context) else {
            return false
        }
        let size = body.utf8.count + attributes.reduce(0) { $0 + $1.size }
        guard size <= queue.attributes.maximumMessageSize, attributes.count <= 10,
              (try? Self.checkCharacters(body)) != nil else { return false }
        if queue.isFifo, groupId == nil { return false }
        let outgoing = OutgoingMessage(body: body, attributes: attributes, traceHeader: nil, delaySeconds: nil,
                                       groupId: groupId, deduplicationId: queue.isFifo ? deduplicationId : nil,
                                       size: size)
        _ = enqueue(outgoing, into: queue, context, senderId: Self.snsSenderId)
        return true
    }
}
