/// `CreateTags`, `DeleteTags`, `DescribeTags` on the EC2 resources the lab simulates (key
/// pairs so far). A request that names one unknown resource changes nothing.
extension EC2Service {
    static let tagFilters: Set<String> = ["key", "value", "resource-id", "resource-type"]

    func createTags(_ input: Value, _ context: RequestContext) throws -> Value {
        let indices = try taggedKeyPairs(input, context)
        guard input["Tags"]?.arrayValue != nil else { throw AWSError.missingParameter("Tags") }
        let added = EC2TagRules.tags(input["Tags"])
        var updated: [(Int, [EC2Tag])] = []
        for index in indices { updated.append((index, try EC2TagRules.applying(added, to: keyPairs[index].tags))) }
        for (index, tags) in updated { keyPairs[index].tags = tags }
        return .emptyObject
    }

    func deleteTags(_ input: Value, _ context: RequestContext) throws -> Value {
        let indices = try taggedKeyPairs(input, context)
        for index in indices { keyPairs[index].tags = EC2TagRules.removing(input["Tags"], from: keyPairs[index].tags) }
        return .emptyObject
    }

    func describeTags(_ input: Value, _ context: RequestContext) throws -> Value {
        let filters = try EC2Filter.parse(input["Filters"], known: Self.tagFilters, allowsTagFilters: true)
        var rows: [(id: String, tag: EC2Tag)] = []
        for pair in keyPairs(in: context.region) {
            for tag in pair.tags where filters.allSatisfy({ $0.accepts(Self.filterValues(of: tag, on: pair, for: $0.name)) }) {
                rows.append((pair.id, tag))
            }
        }
        rows.sort { ($0.id, $0.tag.key) < ($1.id, $1.tag.key) }
        let start = try Self.pageStart(input["NextToken"])
        let size = try Self.pageSize(input["MaxResults"]) ?? max(rows.count, 1)
        guard start <= rows.count else { throw EC2Errors.invalidNextToken() }
        let end = min(rows.count, start + size)
        var out: Value = ["Tags": .array(rows[start..<end].map { row in
            ["Key": .string(row.tag.key), "ResourceId": .string(row.id),
             "ResourceType": .string(EC2ResourceID.keyPairType), "Value": .string(row.tag.value)]
        })]
        if end < rows.count { out["NextToken"] = .string(String(end)) }
        return out
    }

    // MARK: - Helpers

    /// The key pairs `Resources` names, or the error for the first id that names nothing.
    private func taggedKeyPairs(_ input: Value, _ context: RequestContext) throws -> [Int] {
        guard let ids = input["Resources"]?.arrayValue?.compactMap(\.stringValue), !ids.isEmpty else {
            throw AWSError.missingParameter("ResourceId")
        }
        return try ids.map { id in
            guard let index = keyPairIndex(id: id, region: context.region) else { throw EC2ResourceID.notFound(id) }
            return index
        }
    }

    private static func filterValues(of tag: EC2Tag, on pair: KeyPair, for filter: String) -> [String] {
        switch filter {
        case "key": return [tag.key]
        case "value": return [tag.value]
        case "resource-id": return [pair.id]
        case "resource-type": return [EC2ResourceID.keyPairType]
        default:
            // tag:KEY keeps every tag of the resources that have KEY with a matching value.
            let key = String(filter.dropFirst(4))
            return pair.tags.filter { $0.key == key }.map(\.value)
        }
    }

    private static func pageStart(_ token: Value?) throws -> Int {
        guard let text = token?.stringValue else { return 0 }
        guard let start = Int(text), start >= 0 else { throw EC2Errors.invalidNextToken() }
        return start
    }

    /// `MaxResults` of DescribeTags: 5 to 1000.
    private static func pageSize(_ value: Value?) throws -> Int? {
        guard let size = value?.intValue else { return nil }
        guard (5...1000).contains(size) else {
            throw AWSError.invalidParameterValue(
                "Value ( \(size) ) for parameter maxResults is invalid. Expecting a value greater than 5 and less than 1000.")
        }
        return size
    }
}
