import Foundation
import Testing
@testable import Engine

/// PutBucketWebsite / GetBucketWebsite / DeleteBucketWebsite: round trips in the model's
/// member order, S3's validation errors, missing and foreign buckets, snapshots.
@Suite struct S3WebsiteTests {
    let s3 = S3Fixture()

    init() throws {
        try s3.makeBucket("lab-site")
    }

    private func put(_ configuration: Value, bucket: String = "lab-site") throws {
        try s3.call("PutBucketWebsite", ["Bucket": .string(bucket), "WebsiteConfiguration": configuration])
    }

    private func get(_ bucket: String = "lab-site") throws -> Value {
        try s3.call("GetBucketWebsite", ["Bucket": .string(bucket)])
    }

    private func keys(_ value: Value?) -> [String] { value?.objectValue.map { Array($0.keys) } ?? [] }

    // MARK: Round trips

    @Test func indexAndErrorDocumentsRoundTrip() throws {
        try put(["ErrorDocument": ["Key": "error.html"], "IndexDocument": ["Suffix": "index.html"]])
        let website = try get()
        #expect(website == ["IndexDocument": ["Suffix": "index.html"], "ErrorDocument": ["Key": "error.html"]])
        #expect(keys(website) == ["IndexDocument", "ErrorDocument"])
    }

    @Test func routingRulesComeBackInModelOrder() throws {
        let rule: Value = [
            "Redirect": [
                "ReplaceKeyPrefixWith": "documents/", "Protocol": "https", "HttpRedirectCode": "301",
                "HostName": "example.com",
            ],
            "Condition": ["KeyPrefixEquals": "docs/", "HttpErrorCodeReturnedEquals": "404"],
        ]
        try put([
            "RoutingRules": [rule, ["Redirect": ["ReplaceKeyWith": "moved.html"]]],
            "IndexDocument": ["Suffix": "index.html"],
        ])
        let website = try get()
        #expect(keys(website) == ["IndexDocument", "RoutingRules"])
        let rules = website.array("RoutingRules")
        #expect(rules.count == 2)
        #expect(keys(rules.first) == ["Condition", "Redirect"])
        #expect(keys(rules.first?["Condition"]) == ["HttpErrorCodeReturnedEquals", "KeyPrefixEquals"])
        #expect(keys(rules.first?["Redirect"]) == ["HostName", "HttpRedirectCode", "Protocol", "ReplaceKeyPrefixWith"])
        #expect(rules.first?["Redirect"]?["HostName"] == "example.com")
        #expect(rules.last == ["Redirect": ["ReplaceKeyWith": "moved.html"]])
    }

    @Test func redirectAllRequestsReplacesTheWholeConfiguration() throws {
        try put(["IndexDocument": ["Suffix": "index.html"], "ErrorDocument": ["Key": "e.html"]])
        try put(["RedirectAllRequestsTo": ["Protocol": "https", "HostName": "example.com"]])
        let website = try get()
        #expect(website == ["RedirectAllRequestsTo": ["HostName": "example.com", "Protocol": "https"]])
        #expect(keys(website["RedirectAllRequestsTo"]) == ["HostName", "Protocol"])
        try put(["RedirectAllRequestsTo": ["HostName": "www.example.com"]])
        #expect(try get() == ["RedirectAllRequestsTo": ["HostName": "www.example.com"]])
    }

    @Test func deleteIsIdempotent() throws {
        s3.expectError("GetBucketWebsite", ["Bucket": "lab-site"], code: "NoSuchWebsiteConfiguration", status: 404,
                       message: "The specified bucket does not have a website configuration")
        #expect(try s3.call("DeleteBucketWebsite", ["Bucket": "lab-site"]) == .emptyObject)
        try put(["IndexDocument": ["Suffix": "index.html"]])
        #expect(try get() == ["IndexDocument": ["Suffix": "index.html"]])
        #expect(try s3.call("DeleteBucketWebsite", ["Bucket": "lab-site"]) == .emptyObject)
        s3.expectError("GetBucketWebsite", ["Bucket": "lab-site"], code: "NoSuchWebsiteConfiguration", status: 404)
        #expect(try s3.call("DeleteBucketWebsite", ["Bucket": "lab-site"]) == .emptyObject)
    }

    @Test func putReturnsNothing() throws {
        let output = try s3.call("PutBucketWebsite", ["Bucket": "lab-site",
                                                      "WebsiteConfiguration": ["IndexDocument": ["Suffix": "i.htm"]]])
        #expect(output == .emptyObject)
    }

    // MARK: Buckets

    @Test func missingAndForeignBuckets() {
        let configuration: Value = ["IndexDocument": ["Suffix": "index.html"]]
        for operation in ["PutBucketWebsite", "GetBucketWebsite", "DeleteBucketWebsite"] {
            s3.expectError(operation, ["Bucket": "lab-nowhere", "WebsiteConfiguration": configuration],
                           code: "NoSuchBucket", status: 404, message: "The specified bucket does not exist")
            s3.expectError(operation, ["Bucket": "website", "WebsiteConfiguration": configuration],
                           code: "AccessDenied", status: 403, message: "Access Denied")
            s3.expectError(operation, ["Bucket": "lab-site", "ExpectedBucketOwner": "111122223333",
                                       "WebsiteConfiguration": configuration],
                           code: "AccessDenied", status: 403)
        }
    }

    @Test func configurationStaysWithItsBucket() throws {
        try s3.makeBucket("lab-other")
        try put(["IndexDocument": ["Suffix": "index.html"]])
        s3.expectError("GetBucketWebsite", ["Bucket": "lab-other"], code: "NoSuchWebsiteConfiguration", status: 404)
        try s3.call("DeleteBucketWebsite", ["Bucket": "lab-site"])
        try s3.call("DeleteBucket", ["Bucket": "lab-site"])
        try s3.makeBucket("lab-site")
        s3.expectError("GetBucketWebsite", ["Bucket": "lab-site"], code: "NoSuchWebsiteConfiguration", status: 404)
    }

    // MARK: Validation

    /// `(configuration, code, message)`: what S3 refuses, and how.
    static let refusals: [(Value, String, String?)] = {
        let index: Value = ["Suffix": "index.html"]
        func rules(_ items: Value...) -> Value { ["IndexDocument": index, "RoutingRules": .array(items)] }
        let many = Value.array(Array(repeating: ["Redirect": ["HostName": "example.com"]], count: 51))
        let malformed = "The XML you provided was not well-formed or did not validate against our published schema"
        let invalidProtocol =
            "Invalid protocol, protocol can be http or https. "
                + "If not defined the protocol will be selected automatically."
        return [
            (.emptyObject, "InvalidArgument",
             "A value for IndexDocument Suffix must be provided if RedirectAllRequestsTo is empty"),
            (["ErrorDocument": ["Key": "error.html"]], "InvalidArgument",
             "A value for IndexDocument Suffix must be provided if RedirectAllRequestsTo is empty"),
            (["IndexDocument": ["Suffix": ""]], "InvalidArgument", "The IndexDocument Suffix is not well formed"),
            (["IndexDocument": ["Suffix": "docs/index.html"]], "InvalidArgument",
             "The IndexDocument Suffix is not well formed"),
            (["IndexDocument": index, "ErrorDocument": ["Key": ""]], "InvalidArgument",
             "The ErrorDocument Key is not well formed"),
            (["IndexDocument": index, "RedirectAllRequestsTo": ["HostName": "example.com"]], "MalformedXML", malformed),
            (["ErrorDocument": ["Key": "e"], "RedirectAllRequestsTo": ["HostName": "example.com"]], "MalformedXML",
             nil),
            (["RedirectAllRequestsTo": ["HostName": "example.com"],
              "RoutingRules": [["Redirect": ["HostName": "example.org"]]]], "MalformedXML", nil),
            (["RedirectAllRequestsTo": ["HostName": ""]], "MalformedXML", nil),
            (["RedirectAllRequestsTo": ["Protocol": "https"]], "MalformedXML", nil),
            (["RedirectAllRequestsTo": ["HostName": "example.com", "Protocol": "ftp"]], "InvalidRequest",
             invalidProtocol),
            (["IndexDocument": [:]], "MalformedXML", nil),
            (["IndexDocument": "index.html"], "MalformedXML", nil),
            (["IndexDocument": index, "RoutingRules": []], "MalformedXML", nil),
            (rules(["Condition": ["KeyPrefixEquals": "a/"]]), "MalformedXML", nil),
            (rules(["Redirect": [:]]), "MalformedXML", nil),
            (rules(["Redirect": ["HttpRedirectCode": 301]]), "MalformedXML", nil),
            (["IndexDocument": index, "RoutingRules": many], "InvalidRequest",
             "51 routing rules provided, the number of routing rules in a website configuration is limited to 50."),
            (rules(["Redirect": ["ReplaceKeyWith": "a.html", "ReplaceKeyPrefixWith": "b/"]]), "InvalidRequest",
             "You can only define ReplaceKeyPrefix or ReplaceKey but not both."),
            (rules(["Redirect": ["HostName": "example.com", "Protocol": "ftp"]]), "InvalidRequest", invalidProtocol),
            (rules(["Redirect": ["HttpRedirectCode": "300"]]), "InvalidRequest",
             "The provided HTTP redirect code (300) is not valid. Valid codes are 3XX except 300."),
            (rules(["Redirect": ["HttpRedirectCode": "306"]]), "InvalidRequest",
             "The provided HTTP redirect code (306) is not valid. Valid codes are 3XX except 300."),
            (rules(["Redirect": ["HttpRedirectCode": "404"]]), "InvalidRequest",
             "The provided HTTP redirect code (404) is not valid. Valid codes are 3XX except 300."),
            (rules(["Redirect": ["HttpRedirectCode": "3xx"]]), "MalformedXML", nil),
            (rules(["Condition": [:], "Redirect": ["HostName": "example.com"]]), "InvalidRequest",
             "Condition cannot be empty. To redirect all requests without a condition, the condition element "
                + "shouldn't be present."),
            (rules(["Condition": ["HttpErrorCodeReturnedEquals": "302"], "Redirect": ["HostName": "example.com"]]),
             "InvalidRequest", "The provided HTTP error code (302) is not valid. Valid codes are 4XX or 5XX."),
            (rules(["Condition": ["HttpErrorCodeReturnedEquals": "418"], "Redirect": ["HostName": "example.com"]]),
             "InvalidRequest", "The provided HTTP error code (418) is not valid. Valid codes are 4XX or 5XX."),
            (rules(["Condition": ["HttpErrorCodeReturnedEquals": "4xx"], "Redirect": ["HostName": "example.com"]]),
             "MalformedXML", nil),
        ]
    }()

    @Test(arguments: refusals.indices)
    func refusedConfigurations(_ i: Int) {
        let (configuration, code, message) = Self.refusals[i]
        s3.expectError("PutBucketWebsite", ["Bucket": "lab-site", "WebsiteConfiguration": configuration],
                       code: code, status: 400, message: message)
        s3.expectError("GetBucketWebsite", ["Bucket": "lab-site"], code: "NoSuchWebsiteConfiguration", status: 404)
    }

    @Test func missingConfigurationIsMalformed() {
        s3.expectError("PutBucketWebsite", ["Bucket": "lab-site"], code: "MalformedXML", status: 400)
    }

    @Test func refusalKeepsThePreviousConfiguration() throws {
        try put(["IndexDocument": ["Suffix": "index.html"]])
        s3.expectError("PutBucketWebsite",
                       ["Bucket": "lab-site", "WebsiteConfiguration": ["IndexDocument": ["Suffix": "a/b"]]],
                       code: "InvalidArgument", status: 400)
        #expect(try get() == ["IndexDocument": ["Suffix": "index.html"]])
    }

    @Test func acceptedEdgeCases() throws {
        let fifty = Value.array(Array(repeating: ["Redirect": ["ReplaceKeyPrefixWith": "new/"]], count: 50))
        try put(["IndexDocument": ["Suffix": "index.html"], "RoutingRules": fifty])
        #expect(try get().array("RoutingRules").count == 50)
        for code in ["301", "302", "303", "304", "305", "307", "308"] {
            try put(["IndexDocument": ["Suffix": "index.html"],
                     "RoutingRules": [["Redirect": ["HttpRedirectCode": .string(code)]]]])
        }
        for code in ["400", "403", "404", "417", "500", "503", "505"] {
            try put(["IndexDocument": ["Suffix": "index.html"],
                     "RoutingRules": [["Condition": ["HttpErrorCodeReturnedEquals": .string(code)],
                                       "Redirect": ["HostName": "example.com"]]]])
        }
        try put(["IndexDocument": ["Suffix": "index.html"],
                 "RoutingRules": [["Condition": ["KeyPrefixEquals": "old/"], "Redirect": ["Protocol": "http"]]]])
        #expect(try get().array("RoutingRules").first == [
            "Condition": ["KeyPrefixEquals": "old/"], "Redirect": ["Protocol": "http"],
        ])
    }

    // MARK: Snapshots

    @Test func snapshotKeepsTheConfiguration() throws {
        let configuration: Value = [
            "IndexDocument": ["Suffix": "index.html"], "ErrorDocument": ["Key": "404.html"],
            "RoutingRules": [["Condition": ["HttpErrorCodeReturnedEquals": "404"],
                              "Redirect": ["HostName": "example.com", "ReplaceKeyWith": "gone.html"]]],
        ]
        try put(configuration)
        try s3.makeBucket("lab-plain")
        let data = try s3.cloud.snapshot()
        let restored = S3Fixture(cloud: try Cloud(snapshot: data))
        #expect(try restored.call("GetBucketWebsite", ["Bucket": "lab-site"]) == (try get()))
        restored.expectError("GetBucketWebsite", ["Bucket": "lab-plain"], code: "NoSuchWebsiteConfiguration",
                             status: 404)
        #expect(try restored.cloud.snapshot() == data)
    }

    @Test func snapshotsWithoutWebsitesStillDecode() throws {
        let data = try s3.cloud.snapshot()
        #expect(!String(decoding: data, as: UTF8.self).contains("\"website\""))
        let restored = S3Fixture(cloud: try Cloud(snapshot: data))
        restored.expectError("GetBucketWebsite", ["Bucket": "lab-site"], code: "NoSuchWebsiteConfiguration",
                             status: 404)
    }
}
