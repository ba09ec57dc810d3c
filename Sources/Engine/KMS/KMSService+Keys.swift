/// Creating, describing, listing and changing keys.
extension KMSService {
    static let deleteKeyEvent = "deleteKey"
    static let secondsPerDay = 86_400.0

    func createKey(_ input: Value, _ context: RequestContext) throws -> Value {
        if let origin = input.string("Origin"), origin != "AWS_KMS" {
            throw AWSError.notSimulated(service: Self.serviceName, operation: "CreateKey with Origin \(origin)")
        }
        if input.string("CustomKeyStoreId") != nil {
            throw AWSError.notSimulated(service: Self.serviceName, operation: "CreateKey in a custom key store")
        }
        if input.bool("MultiRegion") == true {
            throw AWSError.notSimulated(service: Self.serviceName, operation: "CreateKey of a multi-Region key")
        }
        let specText = input.string("KeySpec") ?? input.string("CustomerMasterKeySpec") ?? KMSKeySpec.symmetricDefault.rawValue
        if let a = input.string("KeySpec"), let b = input.string("CustomerMasterKeySpec"), a != b {
            throw KMSErrors.validation("You cannot specify KeySpec and CustomerMasterKeySpec in the same request. "
                                       + "CustomerMasterKeySpec is deprecated.")
        }
        guard let spec = KMSKeySpec(rawValue: specText) else {
            throw AWSError.notSimulated(service: Self.serviceName, operation: "CreateKey with KeySpec \(specText)")
        }
        let usage = input.string("KeyUsage") ?? KMSKeySpec.encryptDecrypt
        guard spec.allowedUsages.contains(usage) else {
            throw KMSErrors.validation("KeyUsage \(usage) is not compatible with KeySpec \(spec.rawValue)")
        }
        let description = input.string("Description") ?? ""
        if description.count > 8192 {
            throw KMSErrors.constraint(description, "description", "Member must have length less than or equal to 8192")
        }
        let tags = try Self.tags(input)
        let policy = try input.string("Policy").map(Self.validatedPolicy) ?? Self.defaultPolicy(accountId: context.accountId)
        let key = try makeKey(spec: spec, usage: usage, description: description, manager: "CUSTOMER",
                              policy: policy, context)
        keys[key.id]?.tags = tags
        return ["KeyMetadata": key.metadata(accountId: context.accountId)]
    }

    /// A new key in the request's region, stored.
    func makeKey(spec: KMSKeySpec, usage: String, description: String, manager: String, policy: String,
                 _ context: RequestContext) throws -> KMSKey {
        let id = context.cloud.ids.uuid()
        let material = try KMSKeyMaterial.generate(spec, &context.cloud.ids)
        let materialId = KMSKeyMaterial.materialId(&context.cloud.ids)
        let key = KMSKey(id: id, region: context.region, arn: keyArn(id, context), createdAt: context.now,
                         description: description, usage: usage, spec: spec, manager: manager,
                         materials: [material], materialIds: [materialId], policy: policy)
        keys[id] = key
        keyOrder.append(id)
        return key
    }

    /// DescribeKey of a predefined AWS alias (`alias/aws/s3`) whose key does not exist yet
    /// creates the AWS managed key, as KMS does.
    func describeKey(_ input: Value, _ context: RequestContext) throws -> Value {
        let reference = try requiredString(input, "KeyId")
        let key = try predefinedAliasService(reference, context)
            .map { try managedKey(service: $0.service, displayName: $0.displayName, context) }
            ?? self.key(reference, context)
        return ["KeyMetadata": key.metadata(accountId: context.accountId)]
    }

    /// The service of an `alias/aws/...` name (or its ARN in this region) that has no key yet.
    private func predefinedAliasService(_ reference: String,
                                        _ context: RequestContext) -> (service: String, displayName: String)? {
        let name = reference.hasPrefix(context.arn("kms", "")) ? String(reference.dropFirst(context.arn("kms", "").count))
                                                                 : reference
        guard name.hasPrefix(Self.reservedAliasPrefix),
              aliases[Self.aliasKey(region: context.region, name: name)] == nil else { return nil }
        let service = String(name.dropFirst(Self.reservedAliasPrefix.count))
        return Self.managedKeyServices[service].map { (service, $0) }
    }

    func listKeys(_ input: Value, _ context: RequestContext) throws -> Value {
        let ids = keyOrder.filter { keys[$0]?.region == context.region }
        let page = try KMSPage(ids, input)
        let entries: [Value] = page.items.compactMap { id in
            guard let key = keys[id] else { return nil }
            return ["KeyId": .string(key.id), "KeyArn": .string(key.arn)]
        }
        return Value.kmsObject([("Keys", .array(entries))] + page.outputMembers)
    }

    func updateKeyDescription(_ input: Value, _ context: RequestContext) throws -> Value {
        let key = try customerKey(input, context, action: "UpdateKeyDescription")
        let description = try requiredString(input, "Description")
        if key.state == .pendingDeletion { throw KMSErrors.pendingDeletion(key.arn) }
        keys[key.id]?.description = description
        return .emptyObject
    }

    // MARK: Enabling and disabling

    func enableKey(_ input: Value, _ context: RequestContext) throws -> Value {
        let key = try customerKey(input, context, action: "EnableKey")
        if key.state == .pendingDeletion { throw KMSErrors.pendingDeletion(key.arn) }
        keys[key.id]?.state = .enabled
        return .emptyObject
    }

    func disableKey(_ input: Value, _ context: RequestContext) throws -> Value {
        let key = try customerKey(input, context, action: "DisableKey")
        if key.state == .pendingDeletion { throw KMSErrors.pendingDeletion(key.arn) }
        keys[key.id]?.state = .disabled
        return .emptyObject
    }

    // MARK: Deletion

    /// Schedules deletion after a waiting period of 7 to 30 days (30 by default); the key
    /// is unusable at once and is deleted by an event on the virtual clock.
    func scheduleKeyDeletion(_ input: Value, _ context: RequestContext) throws -> Value {
        let key = try customerKey(input, context, action: "ScheduleKeyDeletion")
        let days = input.int("PendingWindowInDays") ?? 30
        guard (7...30).contains(days) else {
            throw KMSErrors.validation("PendingWindowInDays value must be between 7 and 30 (inclusive).")
        }
        if key.state == .pendingDeletion { throw KMSErrors.pendingDeletion(key.arn) }
        let deletionDate = context.now + Double(days) * Self.secondsPerDay
        keys[key.id]?.state = .pendingDeletion
        keys[key.id]?.deletionDate = deletionDate
        context.cloud.schedule(after: deletionDate - context.now, service: Self.serviceName, name: Self.deleteKeyEvent,
                               payload: ["KeyId": .string(key.id), "DeletionDate": .double(deletionDate)])
        return Value.kmsObject([
            ("KeyId", .string(key.arn)), ("DeletionDate", .double(deletionDate)),
            ("KeyState", .string(KMSKeyState.pendingDeletion.rawValue)), ("PendingWindowInDays", .int(days)),
        ])
    }

    /// Cancelling a scheduled deletion leaves the key disabled.
    func cancelKeyDeletion(_ input: Value, _ context: RequestContext) throws -> Value {
        let key = try customerKey(input, context, action: "CancelKeyDeletion")
        guard key.state == .pendingDeletion else { throw KMSErrors.notPendingDeletion(key.arn) }
        keys[key.id]?.state = .disabled
        keys[key.id]?.deletionDate = nil
        context.cloud.scheduler.cancel { $0.service == Self.serviceName && $0.name == Self.deleteKeyEvent
            && $0.payload["KeyId"]?.stringValue == key.id }
        return ["KeyId": .string(key.arn)]
    }

    /// The scheduled deletion: the key and the aliases that point at it are gone.
    func finishDeletion(_ event: ScheduledEvent) {
        guard let id = event.payload.string("KeyId"), let key = keys[id], key.state == .pendingDeletion,
              key.deletionDate == event.payload["DeletionDate"]?.doubleValue else { return }
        keys[id] = nil
        keyOrder.removeAll { $0 == id }
        aliases = aliases.filter { $0.value.targetKeyId != id }
    }
}
