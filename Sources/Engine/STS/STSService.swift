/// AWS Security Token Service: who the learner is. The lab's learner is an IAM user named
/// `learner` in account 123456789012.
public final class STSService: ServiceEngine {
    public static let serviceName = "sts"

    /// The IAM user the lab's credentials belong to.
    public static let userName = "learner"
    /// The user's unique id (an `AIDA...` id, as IAM gives users).
    public static let userId = "AIDAX2LABLEARNER7EXMP"

    public init() {}

    public func perform(_ operation: String, _ input: Value, context: RequestContext) throws -> Value {
        switch operation {
        case "GetCallerIdentity":
            return [
                "UserId": .string(Self.userId),
                "Account": .string(context.accountId),
                "Arn": .string("arn:aws:iam::\(context.accountId):user/\(Self.userName)"),
            ]
        default:
            throw AWSError.notSimulated(service: "sts", operation: operation)
        }
    }
}
