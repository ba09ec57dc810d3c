/// Automatic rotation of symmetric keys: a new key material every `RotationPeriodInDays`
/// (365 by default), by an event on the virtual clock. Old materials stay, so older
/// ciphertexts still decrypt.
extension KMSService {
    static let rotateKeyEvent = "rotateKey"

    func enableKeyRotation(_ input: Value, _ context: RequestContext) throws -> Value {
        let key = try customerKey(input, context, action: "EnableKeyRotation")
        try Self.checkUsable(key)
        guard key.spec == .symmetricDefault else {
            throw KMSErrors.unsupported("\(key.arn) key usage or key spec does not support automatic key rotation.")
        }
        let period = input.int("RotationPeriodInDays") ?? key.rotationPeriodInDays ?? 365
        guard (90...2560).contains(period) else {
            throw KMSErrors.constraint(String(period), "rotationPeriodInDays",
                                       "Member must have value greater than or equal to 90")
        }
        let next = context.now + Double(period) * Self.secondsPerDay
        keys[key.id]?.rotationEnabled = true
        keys[key.id]?.rotationPeriodInDays = period
        keys[key.id]?.nextRotationDate = next
        scheduleRotation(key.id, at: next, context.cloud)
        return .emptyObject
    }

    func disableKeyRotation(_ input: Value, _ context: RequestContext) throws -> Value {
        let key = try customerKey(input, context, action: "DisableKeyRotation")
        try Self.checkUsable(key)
        guard key.spec == .symmetricDefault else {
            throw KMSErrors.unsupported("\(key.arn) key usage or key spec does not support automatic key rotation.")
        }
        keys[key.id]?.rotationEnabled = false
        keys[key.id]?.nextRotationDate = nil
        return .emptyObject
    }

    func getKeyRotationStatus(_ input: Value, _ context: RequestContext) throws -> Value {
        let key = try key(input, context, allowAlias: false)
        if key.state == .pendingDeletion { throw KMSErrors.pendingDeletion(key.arn) }
        guard key.spec == .symmetricDefault else {
            throw KMSErrors.unsupported("\(key.arn) key usage or key spec does not support automatic key rotation.")
        }
        var out: [(String, Value)] = [("KeyRotationEnabled", .bool(key.rotationEnabled)), ("KeyId", .string(key.arn))]
        if key.rotationEnabled {
            if let period = key.rotationPeriodInDays { out.append(("RotationPeriodInDays", .int(period))) }
            if let next = key.nextRotationDate { out.append(("NextRotationDate", .double(next))) }
        }
        return Value.kmsObject(out)
    }

    func scheduleRotation(_ id: String, at time: Double, _ cloud: Cloud) {
        cloud.schedule(after: time - cloud.clock.now, service: Self.serviceName, name: Self.rotateKeyEvent,
                       payload: ["KeyId": .string(id), "Due": .double(time)])
    }

    /// A due rotation: new material becomes current, and the next rotation is scheduled.
    func rotate(_ event: ScheduledEvent, cloud: Cloud) {
        guard let id = event.payload.string("KeyId"), var key = keys[id], key.rotationEnabled,
              key.nextRotationDate == event.payload["Due"]?.doubleValue else { return }
        guard key.state == .enabled, let material = try? KMSKeyMaterial.generate(key.spec, &cloud.ids) else { return }
        key.materials.append(material)
        key.materialIds.append(KMSKeyMaterial.materialId(&cloud.ids))
        let next = event.time + Double(key.rotationPeriodInDays ?? 365) * Self.secondsPerDay
        key.nextRotationDate = next
        keys[id] = key
        scheduleRotation(id, at: next, cloud)
    }
}
