import Foundation
import JSONValue

/// The request members a transfer command's options add to each S3 call, as the AWS CLI's
/// `RequestParamsMapper` maps them (an option given as an empty string adds nothing).
struct S3RequestParameters {
    let arguments: S3Arguments
    /// `--metadata`, already parsed into a map.
    let metadata: Value?

    private static let general: [(option: String, member: String)] = [
        ("acl", "ACL"), ("storage-class", "StorageClass"), ("website-redirect", "WebsiteRedirectLocation"),
        ("content-type", "ContentType"), ("cache-control", "CacheControl"),
        ("content-disposition", "ContentDisposition"), ("content-encoding", "ContentEncoding"),
        ("content-language", "ContentLanguage"), ("expires", "Expires"),
    ]

    /// `--grants read=uri=...` → `GrantRead`; a bad grant stops the command (`fatal error`).
    func grantMembers() throws(S3CallError) -> [(String, Value)] {
        var members: [(String, Value)] = []
        for grant in (arguments.lists["grants"] ?? []).joined() {
            guard let eq = grant.firstIndex(of: "=") else {
                throw S3CallError.other("grants should be of the form permission=principal")
            }
            let member: String
            switch grant[..<eq] {
            case "read": member = "GrantRead"
            case "full": member = "GrantFullControl"
            case "readacl": member = "GrantReadACP"
            case "writeacl": member = "GrantWriteACP"
            default: throw S3CallError.other("permission must be one of: read|readacl|writeacl|full")
            }
            members.append((member, .string(String(grant[grant.index(after: eq)...]))))
        }
        return members
    }

    func putObject() -> [(String, Value)] {
        generalMembers() + metadataMembers() + sseMembers() + sseCustomerMembers() + requestPayer()
            + value("checksum-algorithm", "ChecksumAlgorithm")
    }

    func createMultipartUpload() -> [(String, Value)] {
        generalMembers() + sseMembers() + sseCustomerMembers() + metadataMembers() + requestPayer()
            + value("checksum-algorithm", "ChecksumAlgorithm")
    }

    func uploadPart() -> [(String, Value)] { sseCustomerMembers() + requestPayer() }

    func uploadPartCopy() -> [(String, Value)] { sseCustomerMembers() + copySourceCustomerMembers() + requestPayer() }

    func getObject() -> [(String, Value)] {
        sseCustomerMembers() + requestPayer() + value("checksum-mode", "ChecksumMode")
    }

    func copyObject() -> [(String, Value)] {
        var members = generalMembers() + value("metadata-directive", "MetadataDirective") + metadataMembers()
        if metadata != nil, !members.contains(where: { $0.0 == "MetadataDirective" }) {
            members.append(("MetadataDirective", "REPLACE"))
        }
        // v2's `--copy-props`: `none` copies neither metadata nor tags, `metadata-directive` no tags.
        switch arguments.value("copy-props") {
        case "none":
            if !members.contains(where: { $0.0 == "MetadataDirective" }) { members.append(("MetadataDirective", "REPLACE")) }
            members.append(("TaggingDirective", "REPLACE"))
        case "metadata-directive":
            members.append(("TaggingDirective", "REPLACE"))
        default:
            break
        }
        return members + sseMembers() + sseCustomerMembers() + copySourceCustomerMembers() + requestPayer()
            + value("checksum-algorithm", "ChecksumAlgorithm")
    }

    /// `HeadObject` of a source: its SSE-C key (the copy source's for an S3-to-S3 copy).
    func headObject(copySource: Bool) -> [(String, Value)] {
        if copySource {
            guard let algorithm = nonEmpty("sse-c-copy-source") else { return requestPayer() }
            return [("SSECustomerAlgorithm", .string(algorithm)),
                    ("SSECustomerKey", .string(Self.base64(arguments.value("sse-c-copy-source-key"))))] + requestPayer()
        }
        return sseCustomerMembers() + requestPayer()
    }

    func requestPayer() -> [(String, Value)] { value("request-payer", "RequestPayer") }

    // MARK: Pieces

    private func generalMembers() -> [(String, Value)] {
        Self.general.flatMap { value($0.option, $0.member) } + ((try? grantMembers()) ?? [])
    }

    private func metadataMembers() -> [(String, Value)] {
        guard let metadata, !(metadata.objectValue?.isEmpty ?? true) else { return [] }
        return [("Metadata", metadata)]
    }

    private func sseMembers() -> [(String, Value)] {
        value("sse", "ServerSideEncryption") + value("sse-kms-key-id", "SSEKMSKeyId")
    }

    private func sseCustomerMembers() -> [(String, Value)] {
        guard let algorithm = nonEmpty("sse-c") else { return [] }
        return [("SSECustomerAlgorithm", .string(algorithm)),
                ("SSECustomerKey", .string(Self.base64(arguments.value("sse-c-key"))))]
    }

    private func copySourceCustomerMembers() -> [(String, Value)] {
        guard let algorithm = nonEmpty("sse-c-copy-source") else { return [] }
        return [("CopySourceSSECustomerAlgorithm", .string(algorithm)),
                ("CopySourceSSECustomerKey", .string(Self.base64(arguments.value("sse-c-copy-source-key"))))]
    }

    private func value(_ option: String, _ member: String) -> [(String, Value)] {
        nonEmpty(option).map { [(member, .string($0))] } ?? []
    }

    private func nonEmpty(_ option: String) -> String? {
        guard let v = arguments.value(option), !v.isEmpty else { return nil }
        return v
    }

    /// SSE-C keys are typed raw; botocore sends them base64-encoded.
    private static func base64(_ key: String?) -> String { Data((key ?? "").utf8).base64EncodedString() }
}
