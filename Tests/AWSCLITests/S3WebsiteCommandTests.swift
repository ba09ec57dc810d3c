import Foundation
import Testing

/// `aws s3 website` and the s3api website commands end to end, with the outputs the AWS
/// CLI prints (captured from awscli against an S3 endpoint; service errors exit 254 as in
/// CLI v2).
@Suite struct S3WebsiteCommandTests {
    let h = S3CommandHarness()

    init() throws {
        try h.s3("CreateBucket", ["Bucket": "lab-site"])
    }

    private func expectQuiet(_ line: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let result = h.aws(line)
        #expect(result.exitCode == 0, "\(line): \(result.stderrText)", sourceLocation: sourceLocation)
        #expect(result.stdoutText == "", sourceLocation: sourceLocation)
        #expect(result.stderrText == "", sourceLocation: sourceLocation)
    }

    private static func serviceError(_ code: String, _ operation: String, _ message: String) -> String {
        "\nAn error occurred (\(code)) when calling the \(operation) operation: \(message)\n"
    }

    // MARK: aws s3 website

    @Test func websiteWithBothDocuments() {
        expectQuiet("s3 website s3://lab-site --index-document index.html --error-document error.html")
        let result = h.aws("s3api get-bucket-website --bucket lab-site")
        #expect(result.exitCode == 0)
        #expect(result.stdoutText == """
            {
                "IndexDocument": {
                    "Suffix": "index.html"
                },
                "ErrorDocument": {
                    "Key": "error.html"
                }
            }

            """)
        #expect(h.aws("s3api get-bucket-website --bucket lab-site --output text").stdoutText
            == "ERRORDOCUMENT\terror.html\nINDEXDOCUMENT\tindex.html\n")
    }

    @Test func websiteWithIndexDocumentOnly() throws {
        expectQuiet("s3 website lab-site/ --index-document index.html")
        #expect(try h.s3("GetBucketWebsite", ["Bucket": "lab-site"]) == ["IndexDocument": ["Suffix": "index.html"]])
        expectQuiet("s3 website s3://lab-site/ --index-document home.html")
        #expect(try h.s3("GetBucketWebsite", ["Bucket": "lab-site"]) == ["IndexDocument": ["Suffix": "home.html"]])
    }

    @Test func websiteOnAMissingBucket() {
        let result = h.aws("s3 website s3://lab-nowhere --index-document index.html")
        #expect(result.exitCode == 254)
        #expect(result.stdoutText == "")
        #expect(result.stderrText == Self.serviceError(
            "NoSuchBucket", "PutBucketWebsite", "The specified bucket does not exist"))
    }

    @Test func websiteRefusalsComeFromTheService() {
        let missing = h.aws("s3 website s3://lab-site --error-document error.html")
        #expect(missing.exitCode == 254)
        #expect(missing.stderrText == Self.serviceError(
            "InvalidArgument", "PutBucketWebsite",
            "A value for IndexDocument Suffix must be provided if RedirectAllRequestsTo is empty"))
        let slash = h.aws("s3 website s3://lab-site --index-document site/index.html")
        #expect(slash.exitCode == 254)
        #expect(slash.stderrText == Self.serviceError(
            "InvalidArgument", "PutBucketWebsite", "The IndexDocument Suffix is not well formed"))
        let foreign = h.aws("s3 website s3://website --index-document index.html")
        #expect(foreign.exitCode == 254)
        #expect(foreign.stderrText == Self.serviceError("AccessDenied", "PutBucketWebsite", "Access Denied"))
    }

    @Test func websiteIsInTheS3Help() {
        let help = h.aws("s3 help")
        #expect(help.exitCode == 0)
        #expect(help.stdoutText.contains("       o website\n"))
        #expect(h.aws("s3 website help").stdoutText.contains("Set the website configuration for a bucket."))
    }

    // MARK: aws s3api

    static let routingConfiguration = """
        {"IndexDocument":{"Suffix":"index.html"},"ErrorDocument":{"Key":"err.html"},
         "RoutingRules":[{"Condition":{"KeyPrefixEquals":"docs/","HttpErrorCodeReturnedEquals":"404"},
           "Redirect":{"ReplaceKeyPrefixWith":"documents/","HostName":"example.com","Protocol":"https",
                       "HttpRedirectCode":"301"}},
          {"Redirect":{"ReplaceKeyWith":"x.html"}}]}
        """

    @Test func putBucketWebsiteFromAFile() {
        h.files.put("w.json", Self.routingConfiguration)
        expectQuiet("s3api put-bucket-website --bucket lab-site --website-configuration file://w.json")
        let json = h.aws("s3api get-bucket-website --bucket lab-site")
        #expect(json.exitCode == 0)
        #expect(json.stdoutText == """
            {
                "IndexDocument": {
                    "Suffix": "index.html"
                },
                "ErrorDocument": {
                    "Key": "err.html"
                },
                "RoutingRules": [
                    {
                        "Condition": {
                            "HttpErrorCodeReturnedEquals": "404",
                            "KeyPrefixEquals": "docs/"
                        },
                        "Redirect": {
                            "HostName": "example.com",
                            "HttpRedirectCode": "301",
                            "Protocol": "https",
                            "ReplaceKeyPrefixWith": "documents/"
                        }
                    },
                    {
                        "Redirect": {
                            "ReplaceKeyWith": "x.html"
                        }
                    }
                ]
            }

            """)
        let text = h.aws("s3api get-bucket-website --bucket lab-site --output text")
        #expect(text.stdoutText == """
            ERRORDOCUMENT\terr.html
            INDEXDOCUMENT\tindex.html
            CONDITION\t404\tdocs/
            REDIRECT\texample.com\t301\thttps\tdocuments/
            REDIRECT\tx.html

            """)
    }

    @Test func redirectAllRequestsInShorthand() {
        expectQuiet("s3api put-bucket-website --bucket lab-site "
            + "--website-configuration RedirectAllRequestsTo={HostName=example.com,Protocol=https}")
        #expect(h.aws("s3api get-bucket-website --bucket lab-site --output text").stdoutText
            == "REDIRECTALLREQUESTSTO\texample.com\thttps\n")
        #expect(h.aws("s3api get-bucket-website --bucket lab-site --query RedirectAllRequestsTo.HostName")
            .stdoutText == "\"example.com\"\n")
    }

    @Test func deleteAndMissingConfiguration() {
        let none = h.aws("s3api get-bucket-website --bucket lab-site")
        #expect(none.exitCode == 254)
        #expect(none.stderrText == Self.serviceError(
            "NoSuchWebsiteConfiguration", "GetBucketWebsite",
            "The specified bucket does not have a website configuration"))
        expectQuiet("s3api delete-bucket-website --bucket lab-site")
        expectQuiet("s3 website s3://lab-site --index-document index.html")
        expectQuiet("s3api delete-bucket-website --bucket lab-site")
        #expect(h.aws("s3api get-bucket-website --bucket lab-site").exitCode == 254)
        let gone = h.aws("s3api delete-bucket-website --bucket lab-nowhere")
        #expect(gone.exitCode == 254)
        #expect(gone.stderrText == Self.serviceError(
            "NoSuchBucket", "DeleteBucketWebsite", "The specified bucket does not exist"))
    }

    @Test func clientSideValidation() {
        let result = h.aws("s3api put-bucket-website --bucket lab-site "
            + #"--website-configuration '{"IndexDocument":{},"ErrorDocument":{"Key":""},"RoutingRules":[{}]}'"#)
        #expect(result.exitCode == 252)
        #expect(result.stderrText == """

            Parameter validation failed:
            Missing required parameter in WebsiteConfiguration.IndexDocument: "Suffix"
            Invalid length for parameter WebsiteConfiguration.ErrorDocument.Key, value: 0, valid min length: 1
            Missing required parameter in WebsiteConfiguration.RoutingRules[0]: "Redirect"

            """)
    }
}
