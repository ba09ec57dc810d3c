/// Aliases: friendly names for keys, one region each.
extension KMSService {
    static let reservedAliasPrefix = "alias/aws/"
    /// The AWS managed keys the lab knows, by service, with what their descriptions protect.
    static let managedKeyServices = ["s3": "S3 objects", "ebs": "EBS volumes", "sqs": "SQS messages",
                                     "lambda": "Lambda functions"]

    func createAlias(_ input: Value, _ context: RequestContext) throws -> Value {
        let name = try requiredString(input, "AliasName")
        try Self.checkAliasName(name)
        let key = try key(input, context, member: "TargetKeyId", allowAlias: false)
        if key.isAWSManaged { throw KMSErrors.accessDenied(action: "CreateAlias", arn: key.arn, accountId: context.accountId) }
        if key.state == .pendingDeletion { throw KMSErrors.pendingDeletion(key.arn) }
        let slot = Self.aliasKey(region: context.region, name: name)
        if aliases[slot] != nil { throw KMSErrors.aliasExists(aliasArn(name, context)) }
        aliases[slot] = KMSAlias(name: name, region: context.region, targetKeyId: key.id,
                                 createdAt: context.now, updatedAt: context.now)
        return .emptyObject
    }

    /// Points an existing alias at another key of the same type and usage.
    func updateAlias(_ input: Value, _ context: RequestContext) throws -> Value {
        let name = try requiredString(input, "AliasName")
        try Self.checkAliasName(name)
        let slot = Self.aliasKey(region: context.region, name: name)
        guard var alias = aliases[slot] else { throw KMSErrors.aliasNotFound(aliasArn(name, context)) }
        let key = try key(input, context, member: "TargetKeyId", allowAlias: false)
        if key.isAWSManaged { throw KMSErrors.accessDenied(action: "UpdateAlias", arn: key.arn, accountId: context.accountId) }
        if key.state == .pendingDeletion { throw KMSErrors.pendingDeletion(key.arn) }
        if let current = keys[alias.targetKeyId], current.usage != key.usage || current.spec.isAsymmetric != key.spec.isAsymmetric {
            throw KMSErrors.validation("\(current.arn) and \(key.arn) are not of the same key usage or key type.")
        }
        alias.targetKeyId = key.id
        alias.updatedAt = context.now
        aliases[slot] = alias
        return .emptyObject
    }

    func deleteAlias(_ input: Value, _ context: RequestContext) throws -> Value {
        let name = try requiredString(input, "AliasName")
        try Self.checkAliasName(name)
        let slot = Self.aliasKey(region: context.region, name: name)
        guard aliases[slot] != nil else { throw KMSErrors.aliasNotFound(aliasArn(name, context)) }
        aliases[slot] = nil
        return .emptyObject
    }

    func listAliases(_ input: Value, _ context: RequestContext) throws -> Value {
        var list = aliases.values.filter { $0.region == context.region }.sorted { $0.name < $1.name }
        if let reference = input.string("KeyId") {
            let id = try resolveKeyId(reference, context, allowAlias: false)
            list = list.filter { $0.targetKeyId == id }
        }
        let page = try KMSPage(list, input)
        let entries = page.items.map { $0.entry(arn: aliasArn($0.name, context)) }
        return Value.kmsObject([("Aliases", .array(entries))] + page.outputMembers)
    }

    /// The alias an AWS service uses for its AWS managed key (`alias/aws/s3`), created with
    /// its key on first use.
    func managedKey(service: String, displayName: String, _ context: RequestContext) throws -> KMSKey {
        let name = Self.reservedAliasPrefix + service
        let slot = Self.aliasKey(region: context.region, name: name)
        if let alias = aliases[slot], let key = keys[alias.targetKeyId] { return key }
        var key = try makeKey(spec: .symmetricDefault, usage: KMSKeySpec.encryptDecrypt,
                              description: "Default key that protects my \(displayName) when no other key is defined",
                              manager: "AWS", policy: Self.managedPolicy(service: service, context), context)
        key.rotationEnabled = true
        key.rotationPeriodInDays = 365
        key.nextRotationDate = context.now + 365 * Self.secondsPerDay
        keys[key.id] = key
        if let next = key.nextRotationDate { scheduleRotation(key.id, at: next, context.cloud) }
        aliases[slot] = KMSAlias(name: name, region: context.region, targetKeyId: key.id,
                                 createdAt: context.now, updatedAt: context.now)
        return key
    }

    static func checkAliasName(_ name: String) throws {
        guard name.hasPrefix("alias/"), name.count > "alias/".count else { throw KMSErrors.aliasPrefix() }
        if name.hasPrefix(reservedAliasPrefix) { throw KMSErrors.reservedAlias() }
        let allowed = name.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || "/_-:".unicodeScalars.contains($0)
        }
        if !allowed || name.count > 256 {
            throw KMSErrors.constraint(name, "aliasName",
                                      "Member must satisfy regular expression pattern: ^[a-zA-Z0-9:/_-]+$")
        }
    }
}
