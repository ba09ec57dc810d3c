/// Key policies: one per key, named `default`.
extension KMSService {
    static let policyName = "default"

    /// The key policy KMS gives a key created without one: the account may do everything,
    /// so IAM policies decide. KMS formats it with spaces around the colons.
    static func defaultPolicy(accountId: String) -> String {
        """
        {
          "Version" : "2012-10-17",
          "Id" : "key-default-1",
          "Statement" : [ {
            "Sid" : "Enable IAM User Permissions",
            "Effect" : "Allow",
            "Principal" : {
              "AWS" : "arn:aws:iam::\(accountId):root"
            },
            "Action" : "kms:*",
            "Resource" : "*"
          } ]
        }
        """
    }

    /// The policy of an AWS managed key: only the AWS service, on the account's behalf.
    static func managedPolicy(service: String, _ context: RequestContext) -> String {
        """
        {
          "Version" : "2012-10-17",
          "Id" : "auto-\(service)-2",
          "Statement" : [ {
            "Sid" : "Allow access through \(service.uppercased()) for all principals in the account that are authorized to use \(service.uppercased())",
            "Effect" : "Allow",
            "Principal" : {
              "AWS" : "*"
            },
            "Action" : [ "kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey" ],
            "Resource" : "*",
            "Condition" : {
              "StringEquals" : {
                "kms:ViaService" : "\(service).\(context.region).amazonaws.com",
                "kms:CallerAccount" : "\(context.accountId)"
              }
            }
          }, {
            "Sid" : "Allow direct access to key metadata to the account",
            "Effect" : "Allow",
            "Principal" : {
              "AWS" : "arn:aws:iam::\(context.accountId):root"
            },
            "Action" : [ "kms:Describe*", "kms:Get*", "kms:List*" ],
            "Resource" : "*"
          } ]
        }
        """
    }

    /// A policy document must be a JSON object with a `Statement`.
    static func validatedPolicy(_ text: String) throws -> String {
        guard let document = try? JSONParser.parse(text), document.objectValue != nil else {
            throw KMSErrors.malformedPolicy("The new key policy will not allow you to update the key policy in the future.")
        }
        guard document["Statement"] != nil else {
            throw KMSErrors.malformedPolicy("Policy document is missing the required Statement element.")
        }
        return text
    }

    func getKeyPolicy(_ input: Value, _ context: RequestContext) throws -> Value {
        let key = try key(input, context, allowAlias: false)
        try Self.checkPolicyName(input)
        if key.state == .pendingDeletion { throw KMSErrors.pendingDeletion(key.arn) }
        return ["Policy": .string(key.policy), "PolicyName": .string(Self.policyName)]
    }

    func putKeyPolicy(_ input: Value, _ context: RequestContext) throws -> Value {
        let key = try customerKey(input, context, action: "PutKeyPolicy")
        try Self.checkPolicyName(input)
        let policy = try Self.validatedPolicy(try requiredString(input, "Policy"))
        if key.state == .pendingDeletion { throw KMSErrors.pendingDeletion(key.arn) }
        keys[key.id]?.policy = policy
        return .emptyObject
    }

    func listKeyPolicies(_ input: Value, _ context: RequestContext) throws -> Value {
        let key = try key(input, context, allowAlias: false)
        if key.state == .pendingDeletion { throw KMSErrors.pendingDeletion(key.arn) }
        return ["PolicyNames": [.string(Self.policyName)], "Truncated": false]
    }

    private static func checkPolicyName(_ input: Value) throws {
        if let name = input.string("PolicyName"), name != policyName {
            throw AWSError("NotFoundException", "No such policy exists")
        }
    }
}
