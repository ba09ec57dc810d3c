import Foundation
import JSONValue

/// `aws s3 ls`: the buckets, or the objects and `PRE` prefixes under a path (every key with
/// `--recursive`), in the AWS CLI's columns: the time (UTC) left-aligned in 19 characters,
/// the size right-aligned in 10, then the name. Listings are read 1,000 keys a page.
struct S3ListCommand {
    let session: CLISession

    func run(_ tokens: [String]) throws(CLIError) -> CLIResult {
        let arguments = try S3ArgumentParser(spec: .ls).parse(tokens)
        if arguments.wantsHelp { return S3Help.result(.ls) }
        let pageSize = try arguments.integer("page-size")
        try session.checkProfile()
        let client = S3Client(session: session, region: S3Command.region(session))
        let (bucket, key) = S3Path.split(arguments.positionals.first ?? "s3://")
        var listing = Listing(humanReadable: arguments.flag("human-readable"))
        do {
            if bucket.isEmpty {
                try listBuckets(client, arguments, pageSize: pageSize, into: &listing)
            } else {
                var request: Value = ["Bucket": .string(bucket), "Prefix": .string(key)]
                if !arguments.flag("recursive") { request["Delimiter"] = "/" }
                if let pageSize { request["MaxKeys"] = .int(pageSize) }
                if let payer = arguments.value("request-payer") { request["RequestPayer"] = .string(payer) }
                let recursive = arguments.flag("recursive")
                try client.paginate("ListObjectsV2", request) { (page: Value) throws(S3CallError) in
                    listing.add(page, fullKeys: recursive)
                }
            }
        } catch {
            throw error.cliError
        }
        if arguments.flag("summarize") { listing.summarize() }
        // With a key, nothing found on the first page exits 1.
        let exitCode: Int32 = !key.isEmpty && listing.firstPageEmpty ? 1 : 0
        return CLIResult(stdout: Data(listing.text.utf8), exitCode: exitCode)
    }

    private func listBuckets(_ client: S3Client, _ arguments: S3Arguments, pageSize: Int?,
                             into listing: inout Listing) throws(S3CallError) {
        var request: Value = .emptyObject
        if let pageSize { request["MaxBuckets"] = .int(pageSize) }
        if let prefix = arguments.value("bucket-name-prefix"), !prefix.isEmpty { request["Prefix"] = .string(prefix) }
        if let region = arguments.value("bucket-region"), !region.isEmpty { request["BucketRegion"] = .string(region) }
        try client.paginate("ListBuckets", request, tokenIn: "ContinuationToken", tokenOut: "ContinuationToken") {
            (page: Value) throws(S3CallError) in
            for bucket in page.array("Buckets") {
                let created = S3Timestamp(epochSeconds: bucket["CreationDate"]?.doubleValue ?? 0).listing
                listing.text += "\(created) \(bucket.string("Name") ?? "")\n"
            }
        }
    }

    /// The lines printed so far and the totals for `--summarize`.
    private struct Listing {
        let humanReadable: Bool
        var text = ""
        var totalObjects = 0
        var totalSize = 0
        var pages = 0
        var firstPageEmpty = false

        init(humanReadable: Bool) { self.humanReadable = humanReadable }

        mutating func add(_ page: Value, fullKeys: Bool) {
            let prefixes = page.array("CommonPrefixes")
            let contents = page.array("Contents")
            pages += 1
            if prefixes.isEmpty && contents.isEmpty {
                if pages == 1 { firstPageEmpty = true }
                return
            }
            for prefix in prefixes {
                let parts = (prefix.string("Prefix") ?? "").split(separator: "/", omittingEmptySubsequences: false)
                let name = parts.count >= 2 ? String(parts[parts.count - 2]) : ""
                text += "                           PRE \(name)/\n"
            }
            for content in contents {
                let key = content.string("Key") ?? ""
                let size = content.int("Size") ?? 0
                totalObjects += 1
                totalSize += size
                let time = S3Timestamp(epochSeconds: content["LastModified"]?.doubleValue ?? 0).listing
                let name = fullKeys ? key : String(key.split(separator: "/", omittingEmptySubsequences: false).last ?? "")
                text += time + " " + Self.rightAligned(sizeText(size), 10) + " " + name + "\n"
            }
        }

        mutating func summarize() {
            text += "\nTotal Objects: \(totalObjects)\n   Total Size: \(sizeText(totalSize))\n"
        }

        private func sizeText(_ size: Int) -> String {
            humanReadable ? HumanReadableSize.format(size) : String(size)
        }

        private static func rightAligned(_ s: String, _ width: Int) -> String {
            s.count >= width ? s : String(repeating: " ", count: width - s.count) + s
        }
    }
}
