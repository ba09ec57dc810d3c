/// One subscription of a topic: where messages go, whether it is confirmed, and its delivery
/// attributes (raw delivery, filter policy, redrive policy).
final class Subscription: Codable {
    let arn: String
    let topicArn: String
    let endpointProtocol: SubscriptionProtocol
    let endpoint: String
    let owner: String
    var pendingConfirmation: Bool
    var confirmationWasAuthenticated: Bool
    /// The token a pending subscription is confirmed with.
    let token: String
    var rawMessageDelivery = false
    var filterPolicy: FilterPolicy?
    var filterPolicyScope: FilterPolicyScope = .messageAttributes
    var redrivePolicy: String?
    var deliveryPolicy: String?
    var subscriptionRoleArn: String?

    init(arn: String, topicArn: String, endpointProtocol: SubscriptionProtocol, endpoint: String, owner: String,
         pendingConfirmation: Bool, token: String) {
        self.arn = arn
        self.topicArn = topicArn
        self.endpointProtocol = endpointProtocol
        self.endpoint = endpoint
        self.owner = owner
        self.pendingConfirmation = pendingConfirmation
        self.confirmationWasAuthenticated = !pendingConfirmation
        self.token = token
    }

    /// The ARN as listings show it: `PendingConfirmation` until confirmed.
    var listedArn: String { pendingConfirmation ? "PendingConfirmation" : arn }

    /// The dead-letter queue of the redrive policy, if any.
    var deadLetterTargetArn: String? {
        redrivePolicy.flatMap { try? JSONParser.parse($0) }?["deadLetterTargetArn"]?.stringValue
    }
}
