/// Where a queue lives: region, account and name, read from a queue URL or an ARN.
struct QueueAddress: Equatable, Hashable, Sendable {
    /// Nil when a URL names no region (a custom endpoint); the request's region applies.
    var region: String?
    var account: String
    var name: String

    init(region: String?, account: String, name: String) {
        self.region = region
        self.account = account
        self.name = name
    }

    /// Reads `https://sqs.REGION.amazonaws.com/ACCOUNT/NAME`, the legacy forms
    /// (`https://REGION.queue.amazonaws.com/...`, `https://queue.amazonaws.com/...` for
    /// us-east-1) and any other `scheme://host/ACCOUNT/NAME`.
    init?(url: String) {
        guard let schemeEnd = url.range(of: "://") else { return nil }
        let rest = url[schemeEnd.upperBound...]
        let parts = rest.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, !parts[1].isEmpty, !parts[2].isEmpty else { return nil }
        let host = parts[0].lowercased()
        let labels = host.split(separator: ".").map(String.init)
        if host == "queue.amazonaws.com" {
            region = "us-east-1"
        } else if labels.count == 4, labels[0] == "sqs", labels[2] == "amazonaws", labels[3] == "com" {
            region = labels[1]
        } else if labels.count == 4, labels[1] == "queue", labels[2] == "amazonaws", labels[3] == "com" {
            region = labels[0]
        } else {
            region = nil
        }
        account = String(parts[1])
        name = String(parts[2])
    }

    /// Reads `arn:aws:sqs:REGION:ACCOUNT:NAME`.
    init?(arn: String) {
        let parts = arn.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 6, parts[0] == "arn", parts[1].hasPrefix("aws"), parts[2] == "sqs",
              !parts[3].isEmpty, !parts[4].isEmpty, !parts[5].isEmpty else { return nil }
        region = String(parts[3])
        account = String(parts[4])
        name = String(parts[5])
    }

    static func url(region: String, account: String, name: String) -> String {
        "https://sqs.\(region).amazonaws.com/\(account)/\(name)"
    }

    static func arn(region: String, account: String, name: String) -> String {
        "arn:aws:sqs:\(region):\(account):\(name)"
    }
}
