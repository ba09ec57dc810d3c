/// A KMS alias: a friendly name (`alias/lab`) that points at one key of its region.
struct KMSAlias: Codable, Sendable, Equatable {
    var name: String
    var region: String
    var targetKeyId: String
    var createdAt: Double
    var updatedAt: Double

    /// The `AliasListEntry` of ListAliases.
    func entry(arn: String) -> Value {
        ["AliasName": .string(name), "AliasArn": .string(arn), "TargetKeyId": .string(targetKeyId),
         "CreationDate": .double(createdAt), "LastUpdatedDate": .double(updatedAt)]
    }
}
