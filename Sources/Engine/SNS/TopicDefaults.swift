/// The attribute values SNS gives a new topic: its access policy and delivery policy.
enum TopicDefaults {
    /// The default access policy: the owner account may use the topic.
    static func policy(topicArn: String, accountId: String) -> String {
        let actions = ["SNS:GetTopicAttributes", "SNS:SetTopicAttributes", "SNS:AddPermission",
                       "SNS:RemovePermission", "SNS:DeleteTopic", "SNS:Subscribe", "SNS:ListSubscriptionsByTopic",
                       "SNS:Publish"]
        let policy: Value = [
            "Version": "2008-10-17",
            "Id": "__default_policy_ID",
            "Statement": [[
                "Sid": "__default_statement_ID",
                "Effect": "Allow",
                "Principal": ["AWS": "*"],
                "Action": .array(actions.map { .string($0) }),
                "Resource": .string(topicArn),
                "Condition": ["StringEquals": ["AWS:SourceOwner": .string(accountId)]],
            ]],
        ]
        return JSONWriter.compact(policy)
    }

    /// The effective delivery policy of a topic without one (HTTP retries).
    static let effectiveDeliveryPolicy = #"{"http":{"defaultHealthyRetryPolicy":{"minDelayTarget":20,"maxDelayTarget":20,"numRetries":3,"numMaxDelayRetries":0,"numNoDelayRetries":0,"numMinDelayRetries":0,"backoffFunction":"linear"},"disableSubscriptionOverrides":false,"defaultRequestPolicy":{"headerContentType":"text/plain; charset=UTF-8"}}}"#

    /// Topic attributes `CreateTopic` and `SetTopicAttributes` accept besides the ones
    /// `Topic` keeps in fields.
    static let otherAttributeNames: Set<String> = [
        "KmsMasterKeyId", "SignatureVersion", "TracingConfig", "ArchivePolicy", "FifoThroughputScope",
        "ApplicationSuccessFeedbackRoleArn", "ApplicationSuccessFeedbackSampleRate", "ApplicationFailureFeedbackRoleArn",
        "HTTPSuccessFeedbackRoleArn", "HTTPSuccessFeedbackSampleRate", "HTTPFailureFeedbackRoleArn",
        "LambdaSuccessFeedbackRoleArn", "LambdaSuccessFeedbackSampleRate", "LambdaFailureFeedbackRoleArn",
        "SQSSuccessFeedbackRoleArn", "SQSSuccessFeedbackSampleRate", "SQSFailureFeedbackRoleArn",
        "FirehoseSuccessFeedbackRoleArn", "FirehoseSuccessFeedbackSampleRate", "FirehoseFailureFeedbackRoleArn",
    ]
}
