import Testing
@testable import Lab

@Suite struct LessonParserTests {
    @Test func readsTheFrontMatter() throws {
        let lesson = try LessonParser.parse(text: LessonFixtures.good, path: "demo.md")
        #expect(lesson.path == "demo.md")
        #expect(lesson.id == "demo-lesson")
        #expect(lesson.title == "A demo lesson")
        #expect(lesson.summary == "Make a bucket and answer a question.")
        #expect(lesson.notes == "CLI commands: S3 (notes lines 22-42)")
        #expect(lesson.services == ["s3", "sts"])
        #expect(lesson.minutes == 5)
        #expect(lesson.prerequisites == [])
        #expect(lesson.points == 5)
        #expect(lesson.claims == ["CLI-S3-1"])
        #expect(lesson.hintPenalty == 1)
        #expect(lesson.solutionPenalty == 3)
    }

    @Test func readsTheTextAndLessonSetup() throws {
        let lesson = try LessonParser.parse(text: LessonFixtures.good, path: "demo.md")
        #expect(lesson.introduction == "# A demo lesson\n\nWelcome.")
        #expect(lesson.setup == LessonScript(text: "echo hello > greeting.txt", line: 19))
        #expect(lesson.conclusion == "## What you learned\n\nBuckets and identities.")
    }

    @Test func readsATaskStep() throws {
        let lesson = try LessonParser.parse(text: LessonFixtures.good, path: "demo.md")
        #expect(lesson.steps.map(\.id) == ["make-bucket", "who-am-i", "key-pair-words"])
        let step = try #require(lesson.steps.first)
        #expect(step.kind == .task)
        #expect(step.title == "Make a bucket")
        #expect(step.points == 20)
        #expect(step.line == 22)
        #expect(step.checkLine == 30)
        #expect(step.text == "Make the bucket `lab-demo-bucket-1`.\n\n```bash\naws s3api create-bucket --bucket NAME\n```")
        #expect(step.hints == ["`aws s3api create-bucket` makes a bucket.", "Give it `--bucket lab-demo-bucket-1`."])
        #expect(step.solution == LessonScript(text: "aws s3api create-bucket --bucket lab-demo-bucket-1", line: 45))
        #expect(step.wrongAttempts == [LessonScript(text: "aws s3api create-bucket --bucket lab-demo-bucket-2", line: 49)])
        #expect(step.explanation == "Buckets hold objects.")
        #expect(step.check == .cloud(CloudCheck(
            command: "aws s3api list-buckets", arguments: ["s3api", "list-buckets"],
            query: "length(Buckets[?Name=='lab-demo-bucket-1']) == `1`",
            message: "There is no bucket named lab-demo-bucket-1 yet.")))
    }

    @Test func stepsTakeTheLessonPointsAndKebabCaseIds() throws {
        let lesson = try LessonParser.parse(text: LessonFixtures.good, path: "demo.md")
        let step = lesson.steps[1]
        #expect(step.id == "who-am-i")
        #expect(step.points == 5)
        #expect(step.check == .all([
            .lastCommand(LastCommandCheck(exit: 0, stdoutMatches: "123456789012")),
            .history(pattern: "sts get-caller-identity", message: nil),
        ], message: nil))
        #expect(lesson.totalPoints == 30)
    }

    @Test func readsAQuizStep() throws {
        let lesson = try LessonParser.parse(text: LessonFixtures.good, path: "demo.md")
        let step = lesson.steps[2]
        #expect(step.kind == .quiz)
        #expect(step.line == 74)
        let quiz = try #require(step.quiz)
        #expect(quiz.kind == .single)
        #expect(quiz.choices == [QuizChoice(key: "a", text: "A key pair"), QuizChoice(key: "b", text: "A key-value pair")])
        #expect(quiz.answer == ["a"])
        #expect(step.check == .answer(quiz, message: nil))
        #expect(step.explanation == "A key pair is a public/private key; key-value pairs are tags.")
    }

    @Test func scriptCommandsKeepTheirFileLines() {
        let script = LessonScript(text: "echo a > a.txt\n\naws s3 cp a.txt \\\n  s3://b/a.txt", line: 40)
        #expect(script.commands.map(\.line) == [40, 42])
        #expect(script.commands.map(\.command) == ["echo a > a.txt", "aws s3 cp a.txt   s3://b/a.txt"])
    }

    @Test func readsEveryCheckKind() throws {
        let text = LessonFixtures.stepWithCheck("""
            any:
              - file: notes.txt
                contains: hello
                matches: "^hel+o$"
              - not:
                  file: gone.txt
                  exists: true
                message: gone.txt must go.
              - file: key.pem
                key-pair: lab-key
              - last-command:
                  exit: 252
                  stdout: "42"
                  stderr-matches: usage
                  command-matches: "^aws"
            message: Nothing yet.
            """)
        let lesson = try LessonParser.parse(text: text, path: "x.md")
        #expect(lesson.steps[0].check == .any([
            .file(FileCheck(path: "notes.txt", contains: "hello", matches: "^hel+o$")),
            .not(.file(FileCheck(path: "gone.txt", exists: true)), message: "gone.txt must go."),
            .file(FileCheck(path: "key.pem", keyPair: "lab-key")),
            .lastCommand(LastCommandCheck(exit: 252, stdout: "42", stderrMatches: "usage", commandMatches: "^aws")),
        ], message: "Nothing yet."))
    }

    @Test func acceptsReadOnlyCloudCommands() throws {
        for command in ["aws s3 ls s3://lab-bucket-1", "aws --region eu-west-1 sqs get-queue-url --queue-name q",
                        "aws s3api head-object --bucket b --key 'my file.txt'", "aws configure get region",
                        "aws ec2 describe-key-pairs"] {
            let lesson = try LessonParser.parse(text: LessonFixtures.stepWithCheck("cloud: \(command)"), path: "x.md")
            guard case .cloud(let check) = lesson.steps[0].check else {
                Issue.record("not a cloud check: \(command)")
                continue
            }
            #expect(check.command == command)
        }
        let quoted = try LessonParser.parse(text: LessonFixtures.stepWithCheck("cloud: aws s3api head-object --bucket b --key 'my file.txt'"), path: "x.md")
        guard case .cloud(let check) = quoted.steps[0].check else { return }
        #expect(check.arguments == ["s3api", "head-object", "--bucket", "b", "--key", "my file.txt"])
    }

    @Test func quizKindsParse() throws {
        let multiple = LessonFixtures.withStep("""
            ## Quiz: Pick two

            ```quiz
            type: multiple
            question: Which two?
            choices:
              a: One
              b: Two
              c: Three
            answer: [a, c]
            ```
            """)
        let quiz = try #require(try LessonParser.parse(text: multiple, path: "x.md").steps[0].quiz)
        #expect(quiz.answer == ["a", "c"])
        #expect(quiz.accepts(answer: "a c"))
        #expect(quiz.accepts(answer: "C, A"))
        #expect(!quiz.accepts(answer: "a"))
        #expect(!quiz.accepts(answer: "a b c"))
        let text = LessonFixtures.withStep("""
            ## Quiz: Name it

            ```quiz
            type: text
            question: What does S3 stand for?
            answer: "simple storage service"
            accepts: [Simple Storage Service]
            rejects: [Simple Storage System]
            ```
            """)
        let textQuiz = try #require(try LessonParser.parse(text: text, path: "x.md").steps[0].quiz)
        #expect(textQuiz.accepts(answer: "  Simple Storage Service "))
        #expect(!textQuiz.accepts(answer: "Amazon Simple Storage Service plus"))
        #expect(textQuiz.accepts == ["Simple Storage Service"])
    }
}
