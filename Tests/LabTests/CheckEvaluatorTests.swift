import Testing
@testable import Lab

@Suite struct CheckEvaluatorTests {
    private let evaluator = CheckEvaluator()

    private func check(_ yaml: String) throws -> Check {
        try LessonParser.parse(text: LessonFixtures.stepWithCheck(yaml), path: "x.md").steps[0].check
    }

    private func outcome(_ yaml: String, _ lab: LabHarness, last: ScriptRecord? = nil, commands: [String] = [],
                         answer: String? = nil) throws -> CheckOutcome {
        let context = CheckContext(session: lab.session, lastCommand: last, stepCommands: commands, quizAnswer: answer)
        return evaluator.evaluate(try check(yaml), in: context)
    }

    private func record(_ command: String, exit: Int32 = 0, stdout: String = "", stderr: String = "") -> ScriptRecord {
        ScriptRecord(line: 1, command: command, exitCode: exit, stdout: stdout, stderr: stderr)
    }

    // MARK: cloud

    @Test func cloudQueryPassesAndFails() throws {
        let lab = LabHarness()
        let yaml = "cloud: aws s3api list-buckets\nquery: \"length(Buckets[?Name=='lab-check-bucket']) == `1`\"\nmessage: Make the bucket."
        #expect(try outcome(yaml, lab) == .fail("Make the bucket."))
        #expect(lab.run("aws s3api create-bucket --bucket lab-check-bucket").exitCode == 0)
        #expect(try outcome(yaml, lab) == .pass)
    }

    @Test func cloudCommandThatFailsFailsTheCheck() throws {
        let lab = LabHarness()
        let result = try outcome("cloud: aws s3api head-bucket --bucket lab-no-such-bucket", lab)
        #expect(!result.passed)
        #expect(result.message?.hasPrefix("`aws s3api head-bucket --bucket lab-no-such-bucket` failed") == true)
        lab.run("aws s3api create-bucket --bucket lab-no-such-bucket")
        #expect(try outcome("cloud: aws s3api head-bucket --bucket lab-no-such-bucket", lab) == .pass)
    }

    @Test func cloudOutputIsJSONWhateverTheLearnerConfigured() throws {
        let lab = LabHarness()
        lab.run("aws configure set output table")
        #expect(try outcome("cloud: aws sts get-caller-identity\nquery: \"Account == '123456789012'\"", lab) == .pass)
    }

    @Test func queryTruthinessFollowsJMESPath() throws {
        let lab = LabHarness()
        // An empty list is false; a number, even 0, is true.
        #expect(!(try outcome("cloud: aws s3api list-buckets\nquery: Buckets", lab)).passed)
        #expect(try outcome("cloud: aws s3api list-buckets\nquery: length(Buckets)", lab) == .pass)
        #expect(!(try outcome("cloud: aws sts get-caller-identity\nquery: \"''\"", lab)).passed)
    }

    @Test func textOutputBecomesLines() throws {
        let lab = LabHarness()
        lab.run("aws configure set region eu-west-1")
        #expect(try outcome("cloud: aws configure get region\nquery: \"contains(@, 'eu-west-1')\"", lab) == .pass)
        #expect(!(try outcome("cloud: aws configure get region\nquery: \"contains(@, 'us-east-1')\"", lab)).passed)
    }

    @Test func cloudChecksChangeNothing() throws {
        let lab = LabHarness()
        lab.run("aws s3api create-bucket --bucket lab-still-bucket")
        try lab.write("notes.txt", "hello")
        #expect(lab.run("aws s3api put-object --bucket lab-still-bucket --key k --body notes.txt").exitCode == 0)
        let ids = lab.cloud.ids
        let configuration = lab.session.configuration
        _ = try outcome("cloud: aws s3api list-objects-v2 --bucket lab-still-bucket", lab)
        _ = try outcome("cloud: aws configure get region --profile nowhere", lab)
        #expect(lab.cloud.ids == ids)
        #expect(lab.session.configuration == configuration)
        let writes = CheckEvaluator.runReadOnly(["s3api", "get-object", "--bucket", "lab-still-bucket", "--key", "k", "out.txt"],
                                                session: lab.session)
        #expect(writes.exitCode != 0)
        #expect(!lab.workspace.exists("out.txt"))
    }

    // MARK: file

    @Test func fileExistsContainsAndMatches() throws {
        let lab = LabHarness()
        #expect(try outcome("file: notes.txt", lab) == .fail("There is no notes.txt in your workspace yet."))
        #expect(try outcome("file: notes.txt\nexists: false", lab) == .pass)
        try lab.write("notes.txt", "hello lab\nsecond line\n")
        #expect(try outcome("file: notes.txt", lab) == .pass)
        #expect(try outcome("file: notes.txt\nexists: false\nmessage: Remove it.", lab) == .fail("Remove it."))
        #expect(try outcome("file: notes.txt\ncontains: hello lab", lab) == .pass)
        #expect(try outcome("file: notes.txt\ncontains: goodbye", lab) == .fail("notes.txt does not contain goodbye."))
        #expect(try outcome("file: notes.txt\nmatches: \"^second line$\"", lab) == .pass)
        #expect(!(try outcome("file: notes.txt\nmatches: \"^line\"", lab)).passed)
    }

    @Test func filePathsStartAtTheWorkspaceRoot() throws {
        let lab = LabHarness()
        lab.run("mkdir sub")
        lab.run("cd sub")
        lab.run("echo x > inner.txt")
        #expect(try outcome("file: sub/inner.txt", lab) == .pass)
        #expect(!(try outcome("file: inner.txt", lab)).passed)
        #expect(try outcome("file: sub\ncontains: x", lab) == .fail("sub is a folder, not a file."))
    }

    // MARK: last-command and history

    @Test func lastCommandFields() throws {
        let lab = LabHarness()
        let last = record("aws sts get-caller-identity --query Account --output text", stdout: "123456789012\n")
        #expect(try outcome("last-command:\n  exit: 0\n  stdout: \"123456789012\"", lab, last: last) == .pass)
        #expect(try outcome("last-command:\n  stdout: \"1234\"", lab, last: last) == .fail("Your last command did not print 1234."))
        #expect(try outcome("last-command:\n  exit: 252", lab, last: last) == .fail("Your last command exited with status 0, not 252."))
        #expect(try outcome("last-command:\n  stdout-matches: \"^[0-9]{12}$\"", lab, last: last) == .pass)
        #expect(try outcome("last-command:\n  command-matches: \"--output[ =]text\"", lab, last: last) == .pass)
        #expect(!(try outcome("last-command:\n  command-matches: \"--output[ =]table\"", lab, last: last)).passed)
        let failed = record("aws sts get-caler-identity", exit: 252, stderr: "aws: error: argument operation: Invalid choice")
        #expect(try outcome("last-command:\n  stderr-matches: Invalid choice", lab, last: failed) == .pass)
        #expect(!(try outcome("last-command:\n  stderr-matches: Invalid choice", lab, last: last)).passed)
        #expect(try outcome("last-command:\n  exit: 0", lab) == .fail("Run the command this step asks for first."))
    }

    @Test func historyLooksAtTheStepsCommands() throws {
        let lab = LabHarness()
        let yaml = "history: \"s3 sync\\\\s.*--delete\""
        #expect(try outcome(yaml, lab, commands: ["ls", "aws s3 sync site s3://b --delete"]) == .pass)
        #expect(!(try outcome(yaml, lab, commands: ["aws s3 sync site s3://b"])).passed)
        #expect(!(try outcome(yaml, lab)).passed)
    }

    // MARK: answer and combinators

    @Test func answerChecksTheQuiz() {
        let lab = LabHarness()
        let quiz = Quiz(kind: .single, question: "Q?", choices: [QuizChoice(key: "a", text: "A"), QuizChoice(key: "b", text: "B")],
                        answer: ["b"])
        let check = Check.answer(quiz, message: nil)
        #expect(evaluator.evaluate(check, in: CheckContext(session: lab.session, quizAnswer: "b")) == .pass)
        #expect(evaluator.evaluate(check, in: CheckContext(session: lab.session, quizAnswer: "B")) == .pass)
        #expect(!evaluator.evaluate(check, in: CheckContext(session: lab.session, quizAnswer: "a")).passed)
        #expect(!evaluator.evaluate(check, in: CheckContext(session: lab.session, quizAnswer: "a b")).passed)
        #expect(!evaluator.evaluate(check, in: CheckContext(session: lab.session)).passed)
    }

    @Test func allAnyNotAndTheirMessages() throws {
        let lab = LabHarness()
        try lab.write("a.txt", "a")
        #expect(try outcome("all:\n  - file: a.txt\n  - file: b.txt\n    message: Make b.txt.", lab) == .fail("Make b.txt."))
        #expect(try outcome("all:\n  - file: a.txt\n  - file: b.txt\nmessage: Both.", lab) == .fail("Both."))
        #expect(try outcome("all:\n  - file: a.txt", lab) == .pass)
        #expect(try outcome("any:\n  - file: b.txt\n    message: First.\n  - file: c.txt\n    message: Second.", lab) == .fail("First."))
        #expect(try outcome("any:\n  - file: b.txt\n  - file: a.txt", lab) == .pass)
        #expect(try outcome("not:\n  file: b.txt", lab) == .pass)
        #expect(try outcome("not:\n  file: a.txt\nmessage: a.txt must go.", lab) == .fail("a.txt must go."))
    }
}
