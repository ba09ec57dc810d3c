/// The checks S3 makes on a bucket policy before storing it, with its `MalformedPolicy`
/// messages: valid JSON starting with `{`, a version it knows, a non-empty `Statement`
/// whose entries have an `Effect`, a `Principal`, S3 actions and resources of this bucket.
enum BucketPolicyValidator {
    static func validate(_ text: String, bucket: String) throws {
        guard text.drop(while: { $0.isWhitespace }).first == "{" else {
            throw S3Error.malformedPolicy("Policies must be valid JSON and the first byte must be '{'")
        }
        let document: Value
        do {
            document = try JSONParser.parse(text)
        } catch {
            throw S3Error.malformedPolicy("This policy contains invalid Json")
        }
        if let version = document["Version"] {
            guard let v = version.stringValue, ["2012-10-17", "2008-10-17"].contains(v) else {
                throw S3Error.malformedPolicy("The policy must contain a valid version string")
            }
        }
        guard let statementValue = document["Statement"] else {
            throw S3Error.malformedPolicy("Missing required field Statement")
        }
        let statements = statementValue.arrayValue ?? [statementValue]
        guard !statements.isEmpty else {
            throw S3Error.malformedPolicy("Could not parse the policy: Statement is empty!")
        }
        for statement in statements {
            guard statement.objectValue != nil else { throw S3Error.malformedPolicy("This policy contains invalid Json") }
            try validateStatement(statement, bucket: bucket)
        }
    }

    private static func validateStatement(_ statement: Value, bucket: String) throws {
        guard let effect = statement["Effect"] else { throw S3Error.malformedPolicy("Missing required field Effect") }
        guard let e = effect.stringValue, e == "Allow" || e == "Deny" else {
            throw S3Error.malformedPolicy("Invalid effect: \(effect.stringValue ?? JSONWriter.write(effect, indent: nil))")
        }
        guard statement["Principal"] != nil || statement["NotPrincipal"] != nil else {
            throw S3Error.malformedPolicy("Missing required field Principal")
        }
        guard let actions = statement["Action"] ?? statement["NotAction"] else {
            throw S3Error.malformedPolicy("Missing required field Action")
        }
        for action in strings(actions) {
            let lower = action.lowercased()
            guard lower == "*" || lower.hasPrefix("s3:") else {
                throw S3Error.malformedPolicy("Policy has invalid action")
            }
        }
        guard let resources = statement["Resource"] ?? statement["NotResource"] else {
            throw S3Error.malformedPolicy("Missing required field Resource")
        }
        for resource in strings(resources) {
            let bucketArn = "arn:aws:s3:::\(bucket)"
            guard resource == "*" || resource == bucketArn || resource.hasPrefix(bucketArn + "/") else {
                throw S3Error.malformedPolicy("Policy has invalid resource")
            }
        }
    }

    /// A string or a list of strings.
    private static func strings(_ value: Value) -> [String] {
        if let s = value.stringValue { return [s] }
        return (value.arrayValue ?? []).map { $0.stringValue ?? "" }
    }
}
