import Engine
import Testing
@testable import Lab

/// Tab completion offers what exists in the simulated cloud right now, in the learner's region.
@Suite struct CompletionTests {
    let h = LabHarness()

    func complete(_ line: String) -> [String] { Completion.candidates(for: line, session: h.session) }

    @Test func servicesOperationsAndOptionsComeFromTheModels() {
        #expect(complete("aws sn") == ["sns"])
        #expect(complete("aws ec2 create-key-").contains("create-key-pair"))
        #expect(complete("aws sqs get-queue-attributes --attribute-names Appro").contains("ApproximateNumberOfMessages"))
    }

    @Test func namesThatExistNowAreOffered() {
        h.run("aws s3 mb s3://lab-complete-bucket")
        h.run("aws sqs create-queue --queue-name lab-complete")
        h.run("aws ec2 create-key-pair --key-name lab-key --query KeyPairId")
        h.run("aws kms create-alias --alias-name alias/lab-complete --target-key-id $(aws kms create-key --query KeyMetadata.KeyId --output text)")
        h.run("aws sns create-topic --name lab-topic")
        #expect(complete("aws s3 ls s3://lab-c") == ["s3://lab-complete-bucket/"])
        #expect(complete("aws s3api head-bucket --bucket ") == ["lab-complete-bucket"])
        #expect(complete("aws sqs purge-queue --queue-url ") == ["https://sqs.us-east-1.amazonaws.com/123456789012/lab-complete"])
        #expect(complete("aws ec2 delete-key-pair --key-name ") == ["lab-key"])
        let keys = complete("aws kms describe-key --key-id ")
        #expect(keys.contains("alias/lab-complete"))
        #expect(keys.count == 2)
        #expect(complete("aws kms encrypt --key-id alias/") == ["alias/lab-complete"])
        #expect(complete("aws sns publish --topic-arn ") == ["arn:aws:sns:us-east-1:123456789012:lab-topic"])
    }

    @Test func theRegionIsTheOneTheLearnersCommandsUse() {
        h.run("aws sns create-topic --name east")
        h.run("AWS_REGION=eu-west-1")
        h.run("export AWS_REGION")
        h.run("aws sns create-topic --name west")
        #expect(complete("aws sns publish --topic-arn ") == ["arn:aws:sns:eu-west-1:123456789012:west"])
    }
}
