import Foundation

/// `CreateKeyPair`, `ImportKeyPair`, `DescribeKeyPairs`, `DeleteKeyPair`.
extension EC2Service {
    static let keyPairFilters: Set<String> = ["key-pair-id", "key-name", "fingerprint", "key-type", "tag-key"]

    func createKeyPair(_ input: Value, _ context: RequestContext) throws -> Value {
        let name = try Self.keyName(input)
        let type = try Self.keyType(input["KeyType"]?.stringValue)
        switch input["KeyFormat"]?.stringValue ?? "pem" {
        case "pem": break
        case "ppk":
            throw AWSError("NotSimulated", "The lab creates key pairs in pem format only; ppk is not simulated yet.",
                           status: 501)
        case let other: throw EC2Errors.invalidEnum(other, parameter: "keyFormat", valid: ["pem", "ppk"])
        }
        let tags = try Self.specifiedTags(input["TagSpecifications"])
        guard keyPairIndex(name: name, region: context.region) == nil else { throw EC2Errors.keyPairDuplicate(name) }
        let generated = try GeneratedKeyPair.make(type, ids: &context.cloud.ids)
        let pair = add(name: name, type: type, blob: generated.publicKeyBlob, fingerprint: generated.fingerprint,
                       tags: tags, context)
        var out: Value = ["KeyPairId": .string(pair.id)]
        if !tags.isEmpty { out["Tags"] = .array(tags.map(\.asValue)) }
        out["KeyName"] = .string(name)
        out["KeyFingerprint"] = .string(pair.fingerprint)
        out["KeyMaterial"] = .string(generated.privateKey)
        return out
    }

    func importKeyPair(_ input: Value, _ context: RequestContext) throws -> Value {
        let name = try Self.keyName(input)
        guard let material = input["PublicKeyMaterial"]?.blobValue, !material.isEmpty else {
            throw AWSError.missingParameter("PublicKeyMaterial")
        }
        let key = try ImportedPublicKey(material: material)
        let tags = try Self.specifiedTags(input["TagSpecifications"])
        guard keyPairIndex(name: name, region: context.region) == nil else { throw EC2Errors.keyPairDuplicate(name) }
        let pair = add(name: name, type: key.type, blob: key.blob, fingerprint: key.fingerprint, tags: tags, context)
        var out: Value = ["KeyFingerprint": .string(pair.fingerprint), "KeyName": .string(name),
                          "KeyPairId": .string(pair.id)]
        if !tags.isEmpty { out["Tags"] = .array(tags.map(\.asValue)) }
        return out
    }

    func describeKeyPairs(_ input: Value, _ context: RequestContext) throws -> Value {
        let filters = try EC2Filter.parse(input["Filters"], known: Self.keyPairFilters, allowsTagFilters: true)
        var pairs = keyPairs(in: context.region)
        if let names = input["KeyNames"]?.arrayValue?.compactMap(\.stringValue) {
            for name in names where !pairs.contains(where: { $0.name == name }) { throw EC2Errors.keyPairNotFound(name) }
            pairs = pairs.filter { names.contains($0.name) }
        }
        if let ids = input["KeyPairIds"]?.arrayValue?.compactMap(\.stringValue) {
            for id in ids where !pairs.contains(where: { $0.id == id }) { throw EC2Errors.keyPairNotFound(id) }
            pairs = pairs.filter { ids.contains($0.id) }
        }
        pairs = pairs.filter { pair in filters.allSatisfy { $0.accepts(Self.filterValues(of: pair, for: $0.name)) } }
        let includePublicKey = input["IncludePublicKey"]?.boolValue ?? false
        return ["KeyPairs": .array(pairs.map { $0.info(includePublicKey: includePublicKey) })]
    }

    func deleteKeyPair(_ input: Value, _ context: RequestContext) throws -> Value {
        let name = input["KeyName"]?.stringValue.flatMap { $0.isEmpty ? nil : $0 }
        let id = input["KeyPairId"]?.stringValue.flatMap { $0.isEmpty ? nil : $0 }
        guard name != nil || id != nil else {
            throw AWSError("MissingParameter", "The request must contain the parameter KeyName or KeyPairId")
        }
        let index = name.flatMap { keyPairIndex(name: $0, region: context.region) }
            ?? id.flatMap { keyPairIndex(id: $0, region: context.region) }
        // EC2 answers `Return: true` for a key pair that does not exist, and deletes nothing.
        guard let index else { return ["Return": .bool(true)] }
        let removed = keyPairs.remove(at: index)
        return ["Return": .bool(true), "KeyPairId": .string(removed.id)]
    }

    // MARK: - Helpers

    private func add(name: String, type: KeyPairType, blob: [UInt8], fingerprint: String, tags: [EC2Tag],
                     _ context: RequestContext) -> KeyPair {
        let pair = KeyPair(id: context.cloud.ids.resourceId("key"), name: name, type: type, fingerprint: fingerprint,
                           publicKey: "\(type.sshName) \(Data(blob).base64EncodedString()) \(name)",
                           createdAt: context.now.rounded(.down), region: context.region, tags: tags, serial: nextSerial)
        nextSerial += 1
        keyPairs.append(pair)
        return pair
    }

    /// A key pair name: 1 to 255 ASCII characters.
    static func keyName(_ input: Value) throws -> String {
        guard let name = input["KeyName"]?.stringValue, !name.isEmpty else { throw AWSError.missingParameter("KeyName") }
        guard name.unicodeScalars.allSatisfy(\.isASCII) else { throw EC2Errors.keyNameNotASCII(name) }
        guard name.utf8.count <= 255 else { throw EC2Errors.keyNameTooLong(name) }
        return name
    }

    static func keyType(_ text: String?) throws -> KeyPairType {
        guard let text else { return .rsa }
        guard let type = KeyPairType(rawValue: text) else {
            throw EC2Errors.invalidEnum(text, parameter: "keyType", valid: KeyPairType.allCases.map(\.rawValue))
        }
        return type
    }

    /// The tags of `TagSpecifications` for a key pair; another resource type is an error.
    static func specifiedTags(_ specifications: Value?) throws -> [EC2Tag] {
        var tags: [EC2Tag] = []
        for specification in specifications?.arrayValue ?? [] {
            let type = specification["ResourceType"]?.stringValue ?? ""
            guard type == EC2ResourceID.keyPairType else { throw EC2Errors.tagSpecificationResourceType(type) }
            tags = try EC2TagRules.applying(EC2TagRules.tags(specification["Tags"]), to: tags)
        }
        return tags
    }

    /// A key pair's values for a `DescribeKeyPairs` filter.
    static func filterValues(of pair: KeyPair, for filter: String) -> [String] {
        switch filter {
        case "key-pair-id": return [pair.id]
        case "key-name": return [pair.name]
        case "fingerprint": return [pair.fingerprint]
        case "key-type": return [pair.type.rawValue]
        case "tag-key": return pair.tags.map(\.key)
        default:
            let key = String(filter.dropFirst(4))
            return pair.tags.filter { $0.key == key }.map(\.value)
        }
    }
}
