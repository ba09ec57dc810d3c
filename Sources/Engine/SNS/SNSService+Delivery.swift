import Foundation

/// Fanning a published message out to the topic's subscriptions. Only SQS endpoints are
/// delivered to (Lambda, HTTP, email, SMS, ... are accepted but nothing runs in the lab).
extension SNSService {
    /// Accepts a checked message on a topic and delivers it (a FIFO duplicate is accepted, not delivered).
    func publish(_ request: PublishRequest, to topic: Topic, _ context: RequestContext) -> PublishedMessage {
        let now = context.now
        var sequenceNumber: String?
        if topic.fifo, let deduplicationId = request.deduplicationId {
            let key = topic.otherAttributes["FifoThroughputScope"] == "MessageGroup"
                ? (request.groupId ?? "") + "/" + deduplicationId : deduplicationId
            if let earlier = topic.duplicate(of: key, now: now) {
                return PublishedMessage(messageId: earlier.messageId, sequenceNumber: earlier.sequenceNumber)
            }
            topic.sequenceCounter += 1 + UInt64(context.cloud.ids.int(below: 1_000))
            let sequence = SQSIdentifiers.sequenceNumber(topic.sequenceCounter)
            let messageId = context.cloud.ids.uuid()
            topic.deduplication[key] = TopicDeduplication(messageId: messageId, sequenceNumber: sequence,
                                                          expiresAt: now + Topic.deduplicationWindow)
            sequenceNumber = sequence
            deliver(request, messageId: messageId, sequenceNumber: sequence, topic: topic, context)
            return PublishedMessage(messageId: messageId, sequenceNumber: sequenceNumber)
        }
        let messageId = context.cloud.ids.uuid()
        deliver(request, messageId: messageId, sequenceNumber: nil, topic: topic, context)
        return PublishedMessage(messageId: messageId, sequenceNumber: nil)
    }

    private func deliver(_ request: PublishRequest, messageId: String, sequenceNumber: String?, topic: Topic,
                         _ context: RequestContext) {
        let sqs = context.cloud.service(SQSService.self)
        for subscription in subscriptions(of: topic.arn)
        where !subscription.pendingConfirmation && subscription.endpointProtocol == .sqs {
            let message = request.message(for: .sqs)
            if let policy = subscription.filterPolicy,
               !policy.matches(attributes: request.attributes, body: message, scope: subscription.filterPolicyScope) {
                continue
            }
            let body: String
            let attributes: [MessageAttribute]
            if subscription.rawMessageDelivery {
                body = message
                attributes = request.attributes
            } else {
                let envelope = NotificationEnvelope(
                    messageId: messageId, sequenceNumber: sequenceNumber, topicArn: topic.arn, subject: request.subject,
                    message: message, timestamp: context.now,
                    signatureVersion: topic.otherAttributes["SignatureVersion"] ?? "1", signature: signature(context),
                    subscriptionArn: subscription.arn, region: topic.region, attributes: request.attributes)
                body = envelope.text
                attributes = []
            }
            let delivered = sqs.deliverFromSNS(queueArn: subscription.endpoint, body: body, attributes: attributes,
                                               groupId: request.groupId, deduplicationId: request.deduplicationId,
                                               topicArn: topic.arn, context: context)
            if !delivered, let deadLetter = subscription.deadLetterTargetArn {
                sqs.deliverFromSNS(queueArn: deadLetter, body: body, attributes: attributes, groupId: request.groupId,
                                   deduplicationId: request.deduplicationId, topicArn: topic.arn, context: context)
            }
        }
    }

    /// A signature-shaped value (256 bytes, base 64); the lab signs nothing.
    private func signature(_ context: RequestContext) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(256)
        for _ in 0..<32 {
            let word = context.cloud.ids.next()
            for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: word >> UInt64(shift))) }
        }
        return Data(bytes).base64EncodedString()
    }
}
