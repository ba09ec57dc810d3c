/// Finding keys by the references KMS accepts: a key id, a key ARN, an alias name
/// (`alias/lab`) or an alias ARN.
extension KMSService {
    static func aliasKey(region: String, name: String) -> String { region + "/" + name }

    static func isKeyId(_ text: String) -> Bool {
        let chars = Array(text)
        guard chars.count == 36 else { return false }
        for (i, c) in chars.enumerated() {
            if [8, 13, 18, 23].contains(i) {
                if c != "-" { return false }
            } else if !c.isHexDigit {
                return false
            }
        }
        return true
    }

    /// The ARN of an alias name in the request's region.
    func aliasArn(_ name: String, _ context: RequestContext, region: String? = nil) -> String {
        context.arn("kms", name, region: region)
    }

    func keyArn(_ id: String, _ context: RequestContext, region: String? = nil) -> String {
        context.arn("kms", "key/\(id)", region: region)
    }

    /// The id of the key a reference names. Operations that take only a key id or key ARN
    /// pass `allowAlias: false`.
    func resolveKeyId(_ reference: String, _ context: RequestContext, allowAlias: Bool = true) throws -> String {
        var region = context.region
        var resource = reference
        if reference.hasPrefix("arn:") {
            let parts = reference.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
            guard parts.count == 6, parts[2] == "kms" else { throw KMSErrors.invalidArn(reference) }
            region = String(parts[3])
            resource = String(parts[5])
            guard parts[4] == context.accountId else { throw KMSErrors.invalidKeyId(reference) }
        }
        if resource.hasPrefix("alias/") {
            guard allowAlias else { throw KMSErrors.invalidKeyId(reference) }
            guard region == context.region, let alias = aliases[Self.aliasKey(region: region, name: resource)] else {
                throw KMSErrors.aliasNotFound(aliasArn(resource, context, region: region))
            }
            return alias.targetKeyId
        }
        let id = resource.hasPrefix("key/") ? String(resource.dropFirst(4)) : resource
        guard Self.isKeyId(id), reference.hasPrefix("arn:") || !resource.hasPrefix("key/") else {
            throw KMSErrors.invalidKeyId(reference)
        }
        guard region == context.region, let key = keys[id], key.region == region else {
            throw KMSErrors.keyNotFound(keyArn(id, context, region: region))
        }
        return key.id
    }

    /// The key a reference names, in any state.
    func key(_ reference: String, _ context: RequestContext, allowAlias: Bool = true) throws -> KMSKey {
        let id = try resolveKeyId(reference, context, allowAlias: allowAlias)
        guard let key = keys[id] else { throw KMSErrors.keyNotFound(keyArn(id, context)) }
        return key
    }

    /// The key of a required `KeyId` member.
    func key(_ input: Value, _ context: RequestContext, member: String = "KeyId",
             allowAlias: Bool = true) throws -> KMSKey {
        try key(try requiredString(input, member), context, allowAlias: allowAlias)
    }

    /// A key a cryptographic operation may use: enabled, and made for that use.
    func usableKey(_ reference: String, _ context: RequestContext, usage: String, operation: String) throws -> KMSKey {
        let key = try key(reference, context)
        try Self.checkUsable(key)
        guard key.usage == usage else {
            throw KMSErrors.invalidKeyUsage(key.arn, usage: key.usage, operation: operation)
        }
        return key
    }

    static func checkUsable(_ key: KMSKey) throws {
        switch key.state {
        case .enabled: return
        case .disabled: throw KMSErrors.disabled(key.arn)
        case .pendingDeletion: throw KMSErrors.pendingDeletion(key.arn)
        }
    }

    /// A customer managed key the learner may change (AWS managed keys refuse, as their key
    /// policy allows only the AWS service to manage them).
    func customerKey(_ input: Value, _ context: RequestContext, action: String) throws -> KMSKey {
        let key = try key(input, context, allowAlias: false)
        if key.isAWSManaged { throw KMSErrors.accessDenied(action: action, arn: key.arn, accountId: context.accountId) }
        return key
    }

    func requiredString(_ input: Value, _ name: String) throws -> String {
        guard let s = input.string(name) else {
            throw KMSErrors.validation("1 validation error detected: Value null at '\(Self.lowerFirst(name))' "
                                       + "failed to satisfy constraint: Member must not be null")
        }
        return s
    }

    static func lowerFirst(_ name: String) -> String {
        guard let first = name.first else { return name }
        return first.lowercased() + name.dropFirst()
    }
}
