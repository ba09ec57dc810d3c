import Collections

/// What the three batch operations share: checking the entry list and shaping the result.
extension SQSService {
    /// The `Entries` of a batch call: 1 to 10, each with a distinct, well-formed `Id`.
    func batchEntries(_ input: SQSInput, entryShape: String) throws -> [SQSInput] {
        guard input.has("Entries") else { throw SQSErrors.missingParameter("Entries") }
        let entries = input.objects("Entries").map(SQSInput.init)
        if entries.isEmpty { throw SQSErrors.emptyBatchRequest(entryShape: entryShape) }
        if entries.count > 10 { throw SQSErrors.tooManyEntriesInBatchRequest(entries.count) }
        var ids: [String] = []
        ids.reserveCapacity(entries.count)
        for entry in entries {
            guard let id = entry.string("Id"), SQSIdentifiers.isNameLike(id, maxLength: 80) else {
                throw SQSErrors.invalidBatchEntryId()
            }
            if ids.contains(id) { throw SQSErrors.batchEntryIdsNotDistinct(id) }
            ids.append(id)
        }
        return entries
    }

    /// A result entry holding just its `Id`.
    static func success(id: String) -> Value {
        .object(OrderedDictionary(uncheckedUniqueKeysWithValues: [(key: "Id", value: Value.string(id))]))
    }

    /// A `BatchResultErrorEntry`.
    static func failure(id: String, _ error: AWSError) -> Value {
        ["Id": .string(id), "SenderFault": .bool(error.fault == .sender), "Code": .string(error.code),
         "Message": .string(error.message)]
    }

    /// `Successful` and `Failed`, each left out when empty (as SQS answers).
    static func batchResult(successful: [Value], failed: [Value]) -> Value {
        var result: Value = [:]
        if !successful.isEmpty { result["Successful"] = .array(successful) }
        if !failed.isEmpty { result["Failed"] = .array(failed) }
        return result
    }
}
