import AWSCLI
import Engine
import Foundation
import Testing
@testable import Lab

@Suite struct CLIBasicsTests {
    @Test func callerIdentityPrintsLikeTheCLI() {
        let lab = LabHarness()
        let out = lab.run("aws sts get-caller-identity")
        #expect(out.exitCode == 0)
        #expect(out.stderr == "")
        #expect(out.stdout == """
            {
                "UserId": "AIDAX2LABLEARNER7EXMP",
                "Account": "123456789012",
                "Arn": "arn:aws:iam::123456789012:user/learner"
            }

            """)
    }

    @Test func queryPicksAMember() {
        let lab = LabHarness()
        #expect(lab.run("aws sts get-caller-identity --query Account").stdout == "\"123456789012\"\n")
    }

    @Test func globalOptionsWorkAnywhere() {
        let lab = LabHarness()
        let out = lab.run("aws --region eu-west-1 sts --query Account get-caller-identity")
        #expect(out.exitCode == 0)
        #expect(out.stdout == "\"123456789012\"\n")
    }

    @Test func versionLooksLikeAWSCLIv2() {
        let out = LabHarness().run("aws --version")
        #expect(out.stdout.hasPrefix("aws-cli/2."))
    }

    @Test func unknownRegionCannotConnect() {
        let out = LabHarness().run("aws sts get-caller-identity --region mars-1")
        #expect(out.exitCode == 255)
        #expect(out.stderr.contains("Could not connect to the endpoint URL"))
    }

    @Test func missingRegionIsAConfigurationError() {
        let lab = LabHarness()
        lab.run("aws configure set region ''")
        lab.session.configuration.profiles["default"]?["region"] = nil
        let out = lab.run("aws sts get-caller-identity")
        #expect(out.exitCode == 253)
        #expect(out.stderr.contains("You must specify a region"))
    }

    @Test func unknownProfileIsAConfigurationError() {
        let out = LabHarness().run("aws sts get-caller-identity --profile nope")
        #expect(out.exitCode == 253)
        #expect(out.stderr == "\nThe config profile (nope) could not be found\n")
    }

    @Test func skeletonComesFromTheModel() throws {
        let lab = LabHarness()
        let v = try lab.json("aws sqs send-message --generate-cli-skeleton")
        #expect(v.objectValue.map { Array($0.keys) }?.prefix(3) == ["QueueUrl", "MessageBody", "DelaySeconds"])
        #expect(v["DelaySeconds"] == .int(0))
        let out = try lab.json("aws sts get-caller-identity --generate-cli-skeleton output")
        #expect(out == ["UserId": "", "Account": "", "Arn": ""])
    }

    @Test func helpListsOperationsAndOptions() {
        let lab = LabHarness()
        #expect(lab.run("aws sqs help").stdout.contains("o send-message"))
        let op = lab.run("aws sqs send-message help").stdout
        #expect(op.contains("--queue-url <value>"))
        #expect(op.contains("[--delay-seconds <value>]"))
    }
}

@Suite struct ConfigureTests {
    @Test func setGetAndList() {
        let lab = LabHarness()
        #expect(lab.run("aws configure set region eu-west-1").exitCode == 0)
        #expect(lab.run("aws configure get region").stdout == "eu-west-1\n")
        let missing = lab.run("aws configure get output")
        #expect(missing.exitCode == 1)
        #expect(missing.stdout == "")
        let list = lab.run("aws configure list").stdout
        let lines = list.split(separator: "\n").map(String.init)
        #expect(lines[0] == "      Name                    Value             Type    Location")
        #expect(lines[1] == "      ----                    -----             ----    --------")
        #expect(lines[2] == "   profile                <not set>             None    None")
        #expect(lines[3].hasPrefix("access_key     ****************"))
        #expect(lines[5] == "    region                eu-west-1      config-file    ~/.aws/config")
    }

    @Test func profilesAreSeparate() {
        let lab = LabHarness()
        lab.run("aws configure set region ap-south-1 --profile dev")
        #expect(lab.run("aws configure get region --profile dev").stdout == "ap-south-1\n")
        #expect(lab.run("aws configure get profile.dev.region").stdout == "ap-south-1\n")
        #expect(lab.run("aws configure get region").stdout == "us-east-1\n")
        #expect(lab.run("aws configure list-profiles").stdout == "default\ndev\n")
    }

    @Test func interactivePromptsReadAnswers() {
        let lab = LabHarness()
        var asked: [String] = []
        var answers = ["AKIANEWKEY0000000001", "", "eu-central-1", "table"]
        lab.session.prompt = { question in
            asked.append(question)
            return answers.removeFirst()
        }
        #expect(lab.run("aws configure").exitCode == 0)
        #expect(asked[0].hasPrefix("AWS Access Key ID [****************"))
        #expect(asked[2] == "Default region name [us-east-1]: ")
        #expect(asked[3] == "Default output format [None]: ")
        #expect(lab.run("aws configure get region").stdout == "eu-central-1\n")
        #expect(lab.run("aws configure get aws_access_key_id").stdout == "AKIANEWKEY0000000001\n")
    }

    @Test func environmentVariablesOverrideTheProfile() {
        let lab = LabHarness()
        let out = lab.run("AWS_DEFAULT_REGION=eu-west-2 aws configure list")
        #expect(out.stdout.contains("    region                eu-west-2              env    AWS_DEFAULT_REGION"))
    }
}
