import Collections
import Foundation
import JMESPath
import JSONValue

/// The CLI's automatic pagination: calls an operation page after page and merges the
/// results as botocore's `build_full_result` does, with `--page-size`, `--max-items` and
/// `--starting-token`; `--no-paginate` makes a single call.
struct Paging {
    let paginator: Paginator?
    var startingToken: OrderedDictionary<String, Value> = [:]
    var truncateFirst = 0
    var pageSize: Int?
    var maxItems: Int?

    init(parsed: ParsedArguments, operation: Operation, noPaginate: Bool) throws(CLIError) {
        paginator = noPaginate ? nil : operation.paginator
        guard let paginator = operation.paginator else { return }
        if let s = parsed.string("page-size") {
            guard let n = Int(s) else { throw CLIError.usage("argument --page-size: invalid int value: '\(s)'") }
            pageSize = n
        }
        if let s = parsed.string("max-items") {
            guard let n = Int(s) else { throw CLIError.usage("argument --max-items: invalid int value: '\(s)'") }
            maxItems = n
        }
        if let token = parsed.string("starting-token") {
            guard let data = Data(base64Encoded: token), case .object(var members)? = try? JSONParser.parse(data) else {
                throw CLIError.other("Bad starting token: \(token)")
            }
            truncateFirst = members.removeValue(forKey: "boto_truncate_amount")?.intValue ?? 0
            for key in paginator.inputTokens { if let v = members[key] { startingToken[key] = v } }
        }
    }

    /// The first page's input: page size and starting token applied.
    func applyFirstPage(to input: inout Value) {
        guard let paginator, case .object(var members) = input else { return }
        if let pageSize, let limit = paginator.limitKey { members[limit] = .int(pageSize) }
        for (k, v) in startingToken { members[k] = v }
        input = .object(members)
    }

    /// The merged result and each page as the CLI prints it page by page (`text`,
    /// `yaml-stream`): the result keys of the page, and on the first page the non-aggregate keys.
    struct Result {
        var merged: Value
        var pages: [Value]
        var nextToken: String?
    }

    func run(input: Value, call: (Value) throws(CLIError) -> Value) throws(CLIError) -> Result {
        guard let paginator else {
            let page = try call(input)
            return Result(merged: page, pages: [page], nextToken: nil)
        }
        var request = input
        applyFirstPage(to: &request)
        var merged = OrderedDictionary<String, Value>()
        var nonAggregate = OrderedDictionary<String, Value>()
        var itemsSoFar = 0
        var first = true
        var previousTokens: [Value]?
        var pages: [Value] = []
        while true {
            let page = try call(request)
            if first {
                for key in paginator.nonAggregateKeys { nonAggregate[key] = (try? JMESPath.search(key, in: page)) ?? .null }
            }
            var pageResults: [(path: String, value: Value)] = []
            var pageItems = 0
            var truncatedAt: Int?
            for key in paginator.resultKeys {
                guard var items = page[key]?.arrayValue else {
                    if let scalar = page[key], merged[key] == nil { merged[key] = scalar }
                    continue
                }
                if first && truncateFirst > 0 { items = Array(items.dropFirst(truncateFirst)) }
                if let maxItems, itemsSoFar + pageItems + items.count > maxItems {
                    let keep = max(0, maxItems - itemsSoFar - pageItems)
                    truncatedAt = (first ? truncateFirst : 0) + keep
                    items = Array(items.prefix(keep))
                }
                pageItems += items.count
                pageResults.append((key, .array(items)))
                if case .array(let existing)? = merged[key] {
                    merged[key] = .array(existing + items)
                } else {
                    merged[key] = .array(items)
                }
            }
            itemsSoFar += pageItems
            for key in paginator.resultKeys where !pageResults.contains(where: { $0.path == key }) {
                pageResults.append((key, page[key] ?? .null))
            }
            pages.append(TextFormatter.pageDocument(results: pageResults, base: first ? .object(nonAggregate) : .emptyObject))
            let nextTokens = paginator.outputTokens.map { (try? JMESPath.search($0, in: page)) ?? .null }
            if let truncatedAt {
                var resume = OrderedDictionary<String, Value>()
                for key in paginator.inputTokens { resume[key] = request[key] ?? .null }
                resume["boto_truncate_amount"] = .int(truncatedAt)
                merged["NextToken"] = .string(encodeToken(resume))
                break
            }
            let more: Bool
            if let flag = paginator.moreResults { more = page[flag]?.boolValue ?? false } else { more = true }
            let hasToken = nextTokens.contains { !$0.isNull && $0 != Value.string("") }
            if !more || !hasToken || nextTokens == previousTokens { break }
            if let maxItems, itemsSoFar >= maxItems {
                var resume = OrderedDictionary<String, Value>()
                for (key, token) in zip(paginator.inputTokens, nextTokens) { resume[key] = token }
                merged["NextToken"] = .string(encodeToken(resume))
                break
            }
            previousTokens = nextTokens
            for (key, token) in zip(paginator.inputTokens, nextTokens) { request[key] = token }
            first = false
        }
        var result = OrderedDictionary<String, Value>()
        for (k, v) in merged where k != "NextToken" { result[k] = v }
        for (k, v) in nonAggregate where result[k] == nil { result[k] = v }
        if let token = merged["NextToken"] { result["NextToken"] = token }
        return Result(merged: .object(result), pages: pages, nextToken: merged["NextToken"]?.stringValue)
    }

    private func encodeToken(_ members: OrderedDictionary<String, Value>) -> String {
        Data(JSONWriter.write(.object(members), indent: nil).utf8).base64EncodedString()
    }
}
