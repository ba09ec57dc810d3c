/// Collects one step's text and blocks while the parser walks the file, then checks that
/// the step is complete.
struct StepBuilder {
    var heading: StepHeading
    var line: Int
    var path: String
    var text: [String] = []
    var setup: LessonScript?
    var check: (Check, line: Int)?
    var hints: [String] = []
    var solution: LessonScript?
    var wrongAttempts: [LessonScript] = []
    var explanation: String?
    var quiz: Quiz?

    init(heading: StepHeading, line: Int, path: String) {
        self.heading = heading
        self.line = line
        self.path = path
    }

    mutating func add(_ block: FencedBlock) throws(LessonError) {
        let script = LessonScript(text: block.body, line: block.bodyLine)
        let yaml = YAMLBlock(text: block.body, firstLine: block.bodyLine, path: path)
        switch block.language {
        case "setup":
            try once(setup == nil, block)
            setup = script
        case "check":
            try once(check == nil, block)
            try taskOnly(block)
            check = (try CheckParser(block: yaml).parse(), block.line)
        case "hint":
            hints.append(block.body)
        case "solution":
            try once(solution == nil, block)
            try taskOnly(block)
            solution = script
        case "wrong":
            try taskOnly(block)
            wrongAttempts.append(script)
        case "explanation":
            try once(explanation == nil, block)
            explanation = block.body
        case "quiz":
            try once(quiz == nil, block)
            guard heading.kind == .quiz else {
                throw LessonError(.block, path: path, line: block.line, message: "a ```quiz block belongs in a `## Quiz:` step")
            }
            quiz = try QuizParser(block: yaml).parse()
        default:
            text.append(contentsOf: block.raw)
        }
    }

    func build(defaultPoints: Int) throws(LessonError) -> LessonStep {
        let body = LessonParser.trimmedText(text)
        let points = heading.points ?? defaultPoints
        switch heading.kind {
        case .quiz:
            guard let quiz else {
                throw LessonError(.step, path: path, line: line, message: "quiz '\(heading.id)' has no ```quiz block")
            }
            return LessonStep(id: heading.id, title: heading.title, kind: .quiz, points: points, line: line, text: body,
                              setup: setup, check: .answer(quiz, message: nil), checkLine: line, hints: hints,
                              explanation: explanation ?? quiz.explanation, quiz: quiz)
        case .task:
            guard let check else {
                throw LessonError(.step, path: path, line: line, message: "step '\(heading.id)' has no ```check block")
            }
            guard let solution else {
                throw LessonError(.step, path: path, line: line, message: "step '\(heading.id)' has no ```solution block")
            }
            guard !wrongAttempts.isEmpty else {
                throw LessonError(.step, path: path, line: line, message: "step '\(heading.id)' has no ```wrong block (a wrong attempt its check must refuse)")
            }
            return LessonStep(id: heading.id, title: heading.title, kind: .task, points: points, line: line, text: body,
                              setup: setup, check: check.0, checkLine: check.line, hints: hints, solution: solution,
                              wrongAttempts: wrongAttempts, explanation: explanation)
        }
    }

    private func once(_ first: Bool, _ block: FencedBlock) throws(LessonError) {
        guard first else {
            throw LessonError(.block, path: path, line: block.line, message: "a step has at most one ```\(block.language) block")
        }
    }

    private func taskOnly(_ block: FencedBlock) throws(LessonError) {
        guard heading.kind == .task else {
            throw LessonError(.block, path: path, line: block.line,
                              message: "a quiz step is checked by its answer: ```\(block.language) blocks belong in `## Step:` sections")
        }
    }
}
