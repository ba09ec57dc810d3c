import Testing
@testable import Lab

/// Bad input gets a clear, AWS-style message and the right exit code — never a crash.
@Suite struct MalformedInputTests {
    struct Case: CustomStringConvertible, Sendable {
        var command: String
        var exitCode: Int32
        var stderr: String
        var description: String { command }
    }

    static let queue = "https://sqs.us-east-1.amazonaws.com/123456789012/q"

    static let cases: [Case] = [
        Case(command: "aws sqs list-queues 'abc", exitCode: 2, stderr: "unexpected EOF while looking for matching"),
        Case(command: "aws sqss list-queues", exitCode: 252, stderr: "Invalid choice: 'sqss', maybe you meant:\n\n  * sqs"),
        Case(command: "aws sqs list-queue", exitCode: 252, stderr: "Invalid choice: 'list-queue', maybe you meant:\n\n  * list-queues"),
        // Real AWS CLI commands the lab does not simulate yet say so, rather than "Invalid choice".
        Case(command: "aws lambda list-functions", exitCode: 255,
             stderr: "aws: `aws lambda` is a real AWS CLI command, but the lab does not simulate it yet.\n"
                + "What the lab runs here: configure, ec2, kms, s3, s3api, sns, sqs, sts.\n"),
        Case(command: "aws ec2 run-instances --image-id ami-0667e6e9c2c1b6e50", exitCode: 255,
             stderr: "aws: `aws ec2 run-instances` is a real AWS CLI command, but the lab does not simulate it yet."),
        Case(command: "aws s3api put-bucket-cors --bucket b", exitCode: 255,
             stderr: "aws: `aws s3api put-bucket-cors` is a real AWS CLI command, but the lab does not simulate it yet."),
        Case(command: "aws sqs send-message --queue-url \(queue)", exitCode: 252,
             stderr: "aws: error: the following arguments are required: --message-body"),
        // --tags of tag-queue takes one word (a map), so argparse leaves `x=y` over.
        Case(command: "aws sqs tag-queue --queue-url \(queue) --tags k=v, x=y", exitCode: 252,
             stderr: "Unknown options: x=y"),
        Case(command: "aws sqs tag-queue --queue-url \(queue) --tags k=v,", exitCode: 252,
             stderr: "Error parsing parameter '--tags': Expected: '<second>', received: '<none>' for input:\nk=v,\n    ^"),
        Case(command: "aws sqs set-queue-attributes --queue-url \(queue) --attributes '{\"a\":}'", exitCode: 252,
             stderr: "Error parsing parameter '--attributes': Invalid JSON: Expecting value: line 1 column 6 (char 5)\nJSON received: {\"a\":}"),
        Case(command: "aws sqs receive-message --queue-url \(queue) --max-number-of-messages ten", exitCode: 252,
             stderr: "Parameter validation failed:\nInvalid type for parameter MaxNumberOfMessages, value: ten, type: <class 'str'>, valid types: <class 'int'>"),
        Case(command: "cat ../outside.txt", exitCode: 1, stderr: "leaves"),
        Case(command: "aws sqs send-message --queue-url \(queue) --message-body file://nope.txt", exitCode: 252,
             stderr: "Error parsing parameter '--message-body': Unable to load paramfile file://nope.txt: [Errno 2] No such file or directory: 'nope.txt'"),
        Case(command: "aws sqs list-queues --queue-prefx a", exitCode: 252, stderr: "Unknown options: --queue-prefx, a"),
        Case(command: "aws s3api list-objects-v2 --bucket b --max 3", exitCode: 252,
             stderr: "aws: error: ambiguous option: --max could match --max-items, --max-keys"),
        Case(command: "aws", exitCode: 252, stderr: "aws: error: the following arguments are required: command"),
        Case(command: "aws sqs", exitCode: 252, stderr: "aws: error: the following arguments are required: operation"),
        Case(command: "aws sts get-caller-identity --output xml", exitCode: 252, stderr: "argument --output: Invalid choice"),
        Case(command: "aws sqs send-message --queue-url", exitCode: 252, stderr: "aws: error: argument --queue-url: expected one argument"),
        Case(command: "aws sqs send-message --queue-url \(queue) --message-body x --message-attributes 'a={DataType=Binary,BinaryValue=!!}'",
             exitCode: 252, stderr: "Invalid base64: \"!!\""),
        Case(command: "aws sqs send-message --queue-url \(queue) --message-body x --message-attributes 'a={DataType=String,Value=x}'",
             exitCode: 252, stderr: "Unknown parameter in MessageAttributes.a: \"Value\", must be one of: StringValue, BinaryValue, StringListValues, BinaryListValues, DataType"),
        Case(command: "aws sts get-caller-identity --profile nobody", exitCode: 253, stderr: "The config profile (nobody) could not be found"),
        Case(command: "frobnicate --now", exitCode: 127, stderr: "frobnicate: command not found"),
        Case(command: "aws sqs list-queues && echo hi", exitCode: 2, stderr: "not available in the lab"),
        Case(command: "aws sts get-caller-identity --query 'Account['", exitCode: 252, stderr: "Bad value for --query Account["),
        Case(command: "aws sqs list-queues --cli-input-json '{bad'", exitCode: 252, stderr: "Error parsing parameter '--cli-input-json'"),
        Case(command: "aws sqs send-message --queue-url \(queue) --message-body x --message-attributes 'a={DataType=Binary,BinaryValue@=fileb://gone.bin}'",
             exitCode: 252, stderr: "Error parsing parameter '--message-attributes': Unable to load paramfile fileb://gone.bin"),
        Case(command: "aws sqs list-queues --no-paginate=yes", exitCode: 252, stderr: "ignored explicit argument 'yes'"),
        Case(command: "aws configure set region", exitCode: 252, stderr: "the following arguments are required: varname, value"),
        Case(command: "echo hi > /etc/lab-test", exitCode: 1, stderr: "leaves"),
        Case(command: "aws sts get-caller-identity --region nowhere-9", exitCode: 255, stderr: "Could not connect to the endpoint URL"),
        Case(command: "aws sqs list-queues --page-size many", exitCode: 252, stderr: "argument --page-size: invalid int value: 'many'"),
    ]

    @Test(arguments: cases)
    func malformedInput(_ c: Case) {
        let lab = LabHarness()
        let out = lab.run(c.command)
        #expect(out.exitCode == c.exitCode, "\(c.command): \(out.stderr)")
        #expect(out.stderr.contains(c.stderr), "\(c.command): \(out.stderr)")
        #expect(out.stdout == "", "\(c.command)")
        // The lab is still usable afterwards.
        #expect(lab.run("aws sts get-caller-identity --query Account").exitCode == 0)
    }

    @Test func thereAreAtLeast25Cases() {
        #expect(Self.cases.count >= 25)
    }
}
