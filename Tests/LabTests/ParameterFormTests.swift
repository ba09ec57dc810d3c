import Foundation
import JSONValue
import Testing
@testable import Lab

/// Every parameter form of the AWS CLI, through real operations of the lab's models.
@Suite struct ParameterFormTests {
    let queue = "https://sqs.us-east-1.amazonaws.com/123456789012/forms"

    func lab() -> LabHarness {
        let lab = LabHarness()
        lab.run("aws sqs create-queue --queue-name forms")
        lab.run("aws s3api create-bucket --bucket lab-forms-bucket")
        return lab
    }

    @Test func integersAndStrings() throws {
        let lab = lab()
        lab.run("aws sqs set-queue-attributes --queue-url \(queue) --attributes VisibilityTimeout=45")
        let v = try lab.json("aws sqs get-queue-attributes --queue-url \(queue) --attribute-names VisibilityTimeout")
        #expect(v["Attributes"]?["VisibilityTimeout"] == "45")
        lab.run("aws sqs send-message --queue-url \(queue) --message-body one")
        let r = try lab.json("aws sqs receive-message --queue-url \(queue) --max-number-of-messages 10 --wait-time-seconds 2")
        #expect(r["Messages"]?[0]?["Body"] == "one")
    }

    @Test func booleansTakeBothForms() throws {
        let lab = lab()
        lab.run("echo a > a.txt")
        lab.run("aws s3api put-object --bucket lab-forms-bucket --key a.txt --body a.txt")
        let on = lab.run("aws s3api delete-objects --bucket lab-forms-bucket --delete Objects=[{Key=a.txt}],Quiet=true --bypass-governance-retention")
        #expect(on.exitCode == 0, "\(on.stderr)")
        let off = lab.run("aws s3api delete-objects --bucket lab-forms-bucket --delete 'Objects=[{Key=b.txt}]' --no-bypass-governance-retention")
        #expect(off.exitCode == 0, "\(off.stderr)")
        #expect(off.stdout.contains("\"Key\": \"b.txt\""))
    }

    @Test func timestampsAcceptISOAndEpoch() throws {
        let lab = lab()
        lab.run("echo a > a.txt")
        #expect(lab.run("aws s3api put-object --bucket lab-forms-bucket --key a --body a.txt --expires 2030-01-02T03:04:05Z").exitCode == 0)
        let head = try lab.json("aws s3api head-object --bucket lab-forms-bucket --key a")
        #expect(head["Expires"] != nil)
        #expect(lab.run("aws s3api put-object --bucket lab-forms-bucket --key b --body a.txt --expires 1893456000").exitCode == 0)
        let bad = lab.run("aws s3api put-object --bucket lab-forms-bucket --key c --body a.txt --expires tomorrow")
        #expect(bad.exitCode == 252)
        #expect(bad.stderr.contains("valid types: <class 'datetime.datetime'>, timestamp-string"))
    }

    @Test func streamingBodiesAreFilesAndOutfilesAreWritten() throws {
        let lab = lab()
        try lab.write("photo.bin", "binary-ish contents")
        let put = try lab.json("aws s3api put-object --bucket lab-forms-bucket --key p --body photo.bin")
        #expect(put["ETag"] != nil)
        let get = lab.run("aws s3api get-object --bucket lab-forms-bucket --key p copy.bin")
        #expect(get.exitCode == 0)
        #expect(!get.stdout.contains("Body"))
        #expect(lab.run("cat copy.bin").stdout == "binary-ish contents")
        let missing = lab.run("aws s3api put-object --bucket lab-forms-bucket --key q --body nope.bin")
        #expect(missing.exitCode == 252)
        #expect(missing.stderr.contains("Blob values must be a path to a file."))
        #expect(lab.run("aws s3api get-object --bucket lab-forms-bucket --key p").stderr.contains("required: outfile"))
    }

    @Test func blobsAreBase64InV2AndRawWithFileb() throws {
        let lab = lab()
        let b64 = lab.run("aws sqs send-message --queue-url \(queue) --message-body x --message-attributes 'b={DataType=Binary,BinaryValue=aGVsbG8=}'")
        #expect(b64.exitCode == 0, "\(b64.stderr)")
        try lab.write("raw.bin", "hello")
        let raw = lab.run("aws sqs send-message --queue-url \(queue) --message-body x --message-attributes 'b={DataType=Binary,BinaryValue@=fileb://raw.bin}'")
        #expect(raw.exitCode == 0, "\(raw.stderr)")
        // The same bytes give the same attribute digest.
        #expect(try JSONParser.parse(b64.stdout)["MD5OfMessageAttributes"] == JSONParser.parse(raw.stdout)["MD5OfMessageAttributes"])
        let rawFormat = lab.run("aws sqs send-message --queue-url \(queue) --message-body x --cli-binary-format raw-in-base64-out --message-attributes 'b={DataType=Binary,BinaryValue=hello}'")
        #expect(try JSONParser.parse(rawFormat.stdout)["MD5OfMessageAttributes"] == JSONParser.parse(raw.stdout)["MD5OfMessageAttributes"])
    }

    @Test func listsMapsAndStructuresInShorthandAndJSON() throws {
        let lab = lab()
        #expect(lab.run("aws sqs tag-queue --queue-url \(queue) --tags a=1,b=2").exitCode == 0)
        #expect(lab.run("aws sqs tag-queue --queue-url \(queue) --tags '{\"c\": \"3\"}'").exitCode == 0)
        let tags = try lab.json("aws sqs list-queue-tags --queue-url \(queue)")
        #expect(tags["Tags"] == ["a": "1", "b": "2", "c": "3"])
        let batch = lab.run("aws sqs send-message-batch --queue-url \(queue) --entries Id=1,MessageBody=one Id=2,MessageBody=two")
        #expect(batch.exitCode == 0, "\(batch.stderr)")
        #expect(try JSONParser.parse(batch.stdout)["Successful"]?.arrayValue?.count == 2)
        let json = lab.run("aws sqs send-message-batch --queue-url \(queue) --entries '[{\"Id\": \"3\", \"MessageBody\": \"three\"}]'")
        #expect(json.exitCode == 0, "\(json.stderr)")
    }

    @Test func fileURLsAndCLIInputJSON() throws {
        let lab = lab()
        try lab.write("body.txt", "from a file")
        try lab.write("in.json", #"{"QueueUrl": "\#(queue)", "MessageBody": "from json"}"#)
        #expect(lab.run("aws sqs send-message --queue-url \(queue) --message-body file://body.txt").exitCode == 0)
        #expect(lab.run("aws sqs send-message --cli-input-json file://in.json").exitCode == 0)
        // A command-line value wins over the same member in --cli-input-json.
        #expect(lab.run("aws sqs send-message --cli-input-json file://in.json --message-body override").exitCode == 0)
        let attrs = try lab.json("aws sqs get-queue-attributes --queue-url \(queue) --attribute-names ApproximateNumberOfMessages")
        #expect(attrs["Attributes"]?["ApproximateNumberOfMessages"] == "3")
    }

    @Test func unambiguousPrefixesAreAccepted() throws {
        let lab = lab()
        let out = lab.run("aws sqs get-queue-url --queue-n forms")
        #expect(out.exitCode == 0, "\(out.stderr)")
        #expect(out.stdout.contains(queue))
    }

    @Test func optionsWithEqualsSigns() throws {
        let lab = lab()
        #expect(lab.run("aws sqs get-queue-url --queue-name=forms --output=text").stdout == queue + "\n")
    }
}
