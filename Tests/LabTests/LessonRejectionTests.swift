import Testing
@testable import Lab

/// Every rejection names the file and the line.
@Suite struct LessonRejectionTests {
    private func error(_ text: String) -> LessonError? {
        do {
            _ = try LessonParser.parse(text: text, path: "bad.md")
            return nil
        } catch {
            return error
        }
    }

    private func expectError(_ text: String, line: Int, code: LessonError.Code, containing words: String,
                             sourceLocation: SourceLocation = #_sourceLocation) {
        guard let error = error(text) else {
            Issue.record("the lesson parsed", sourceLocation: sourceLocation)
            return
        }
        #expect(error.path == "bad.md", sourceLocation: sourceLocation)
        #expect(error.line == line, "\(error)", sourceLocation: sourceLocation)
        #expect(error.code == code, "\(error)", sourceLocation: sourceLocation)
        #expect(error.message.contains(words), "\(error)", sourceLocation: sourceLocation)
        #expect(error.description.hasPrefix("bad.md:\(line): "), sourceLocation: sourceLocation)
    }

    @Test func frontMatterIsRequired() {
        expectError("# Just text\n", line: 1, code: .frontMatter, containing: "front matter")
        expectError("---\nid: x\ntitle: X\n", line: 1, code: .frontMatter, containing: "never closed")
    }

    @Test func unknownFrontMatterKey() {
        expectError("---\nid: x\ntitle: X\ncolour: red\n---\n## Step: A\n", line: 4, code: .frontMatter,
                    containing: "unknown front matter field 'colour'")
    }

    @Test func frontMatterTypesAndIds() {
        expectError("---\nid: x\ntitle: X\npoints: many\n---\n", line: 4, code: .frontMatter, containing: "points must be a whole number")
        expectError("---\nid: My Lesson\ntitle: X\n---\n", line: 2, code: .frontMatter, containing: "lower-case")
        expectError("---\ntitle: X\n---\n", line: 1, code: .frontMatter, containing: "no id")
    }

    @Test func unknownCheckKind() {
        expectError(LessonFixtures.stepWithCheck("clowd: aws s3 ls"), line: 9, code: .check,
                    containing: "unknown check kind 'clowd'")
    }

    @Test func unknownCheckFieldAndTwoKinds() {
        expectError(LessonFixtures.stepWithCheck("cloud: aws s3 ls\nquery: \"@\"\nmesage: typo"), line: 11, code: .check,
                    containing: "unknown cloud check field 'mesage'")
        expectError(LessonFixtures.stepWithCheck("history: ls\nfile: a.txt"), line: 10, code: .check,
                    containing: "put them under `all:`")
        expectError(LessonFixtures.stepWithCheck("all:\n  - file: a.txt\n  - histroy: ls"), line: 11, code: .check,
                    containing: "unknown check kind 'histroy'")
    }

    @Test func cloudCommandsMustOnlyRead() {
        expectError(LessonFixtures.stepWithCheck("cloud: aws s3api create-bucket --bucket b"), line: 9, code: .check,
                    containing: "cloud checks must only read")
        expectError(LessonFixtures.stepWithCheck("cloud: aws s3 rm s3://b --recursive"), line: 9, code: .check,
                    containing: "must only read")
        expectError(LessonFixtures.stepWithCheck("cloud: aws s3 ls $(rm -r x)"), line: 9, code: .check,
                    containing: "one plain `aws` command")
        expectError(LessonFixtures.stepWithCheck("cloud: ls -l"), line: 9, code: .check, containing: "must start with `aws`")
    }

    @Test func badQueriesAndPatterns() {
        expectError(LessonFixtures.stepWithCheck("cloud: aws s3api list-buckets\nquery: \"Buckets[\""), line: 10, code: .check,
                    containing: "the query does not compile")
        expectError(LessonFixtures.stepWithCheck("history: \"(unclosed\""), line: 9, code: .check,
                    containing: "not a valid regular expression")
        expectError(LessonFixtures.stepWithCheck("file: a.txt\nexists: false\ncontains: x"), line: 10, code: .check,
                    containing: "must not exist")
        expectError(LessonFixtures.stepWithCheck("answer: a"), line: 9, code: .check, containing: "quiz steps")
    }

    @Test func yamlThatDoesNotParse() {
        expectError(LessonFixtures.stepWithCheck("cloud: aws s3 ls\n  query: [unclosed"), line: 10, code: .yaml,
                    containing: "does not parse")
    }

    @Test func stepWithoutSolution() {
        expectError(LessonFixtures.withStep("## Step: One\n\n```check\nhistory: ls\n```\n\n```wrong\necho\n```"),
                    line: 6, code: .step, containing: "no ```solution block")
    }

    @Test func stepWithoutWrongAttempt() {
        expectError(LessonFixtures.withStep("## Step: One\n\n```check\nhistory: ls\n```\n\n```solution\nls\n```"),
                    line: 6, code: .step, containing: "no ```wrong block")
    }

    @Test func stepWithoutCheck() {
        expectError(LessonFixtures.withStep("## Step: One\n\n```solution\nls\n```\n\n```wrong\necho\n```"),
                    line: 6, code: .step, containing: "no ```check block")
    }

    @Test func quizAnswerNotAmongTheChoices() {
        let text = LessonFixtures.withStep("""
            ## Quiz: Q

            ```quiz
            question: Which?
            choices:
              a: One
              b: Two
            answer: c
            ```
            """)
        expectError(text, line: 13, code: .quiz, containing: "the answer 'c' is not one of the choices")
    }

    @Test func quizFieldsAndPlacement() {
        let unknown = LessonFixtures.withStep("## Quiz: Q\n\n```quiz\nquestion: Which?\nchoices:\n  a: One\n  b: Two\nanswer: a\nhint: no\n```")
        expectError(unknown, line: 14, code: .quiz, containing: "unknown quiz field 'hint'")
        let solutionInQuiz = LessonFixtures.withStep("## Quiz: Q\n\n```solution\nls\n```")
        expectError(solutionInQuiz, line: 8, code: .block, containing: "checked by its answer")
        let quizInStep = LessonFixtures.withStep("## Step: S\n\n```quiz\nquestion: Which?\n```")
        expectError(quizInStep, line: 8, code: .block, containing: "belongs in a `## Quiz:` step")
        let noQuiz = LessonFixtures.withStep("## Quiz: Q\n\nText only.")
        expectError(noQuiz, line: 6, code: .step, containing: "no ```quiz block")
    }

    @Test func duplicateStepIds() {
        let step = "```check\nhistory: ls\n```\n\n```solution\nls\n```\n\n```wrong\necho\n```\n"
        let text = LessonFixtures.withStep("## Step: Same {#same}\n\n\(step)\n## Step: Other {#same}\n\n\(step)")
        expectError(text, line: 20, code: .step, containing: "step id 'same' is already used on line 6")
    }

    @Test func headingAttributes() {
        expectError(LessonFixtures.withStep("## Step: A {#a weight=3}"), line: 6, code: .heading, containing: "unknown heading attribute 'weight=3'")
        expectError(LessonFixtures.withStep("## Step: A {points=x}"), line: 6, code: .heading, containing: "points must be a whole number")
        expectError(LessonFixtures.withStep("## Step: {#a}"), line: 6, code: .heading, containing: "has no title")
    }

    @Test func blocksInTheWrongPlace() {
        expectError(LessonFixtures.withStep("```check\nhistory: ls\n```"), line: 6, code: .block, containing: "must be inside a step")
        expectError(LessonFixtures.withStep("```setup\nls\n```\n```setup\nls\n```"), line: 9, code: .block, containing: "at most one ```setup")
        expectError(LessonFixtures.withStep("## Step: A\n\n```solution\nls"), line: 8, code: .block, containing: "never closed")
        expectError(LessonFixtures.withStep("## Step: A\n\n```solution\nls\n```\n\n```solution\nls\n```"), line: 12, code: .block,
                    containing: "at most one ```solution")
    }

    @Test func aLessonNeedsSteps() {
        expectError("---\nid: x\ntitle: X\n---\nText.\n", line: 1, code: .step, containing: "no steps")
    }
}
