/// Walks the Markdown items after the front matter: the introduction (and lesson setup),
/// the steps, and closing sections.
struct LessonBody {
    private enum Section { case introduction, step, conclusion }

    var lesson: Lesson
    private var section = Section.introduction
    private var introduction: [String] = []
    private var conclusion: [String] = []
    private var current: StepBuilder?
    private var seenIds: [String: Int] = [:]

    init(lesson: Lesson) {
        self.lesson = lesson
    }

    mutating func read(_ items: [MarkdownItem]) throws(LessonError) -> Lesson {
        for item in items {
            switch item {
            case .text(let text, _):
                append([text])
            case .heading(let level, let text, let line):
                if level == 2, let heading = try StepHeading.parse(text, line: line, path: lesson.path) {
                    try finishStep()
                    if let previous = seenIds[heading.id] {
                        throw LessonError(.step, path: lesson.path, line: line,
                                          message: "step id '\(heading.id)' is already used on line \(previous)")
                    }
                    seenIds[heading.id] = line
                    current = StepBuilder(heading: heading, line: line, path: lesson.path)
                    section = .step
                } else if level <= 2 && section != .introduction {
                    try finishStep()
                    section = .conclusion
                    append([String(repeating: "#", count: level) + " " + text])
                } else {
                    append([String(repeating: "#", count: level) + " " + text])
                }
            case .block(let block):
                try add(block)
            }
        }
        try finishStep()
        guard !lesson.steps.isEmpty else {
            throw LessonError(.step, path: lesson.path, line: 1, message: "the lesson has no steps (## Step: or ## Quiz: headings)")
        }
        lesson.introduction = LessonParser.trimmedText(introduction)
        lesson.conclusion = LessonParser.trimmedText(conclusion)
        return lesson
    }

    private mutating func add(_ block: FencedBlock) throws(LessonError) {
        if section == .step, var builder = current {
            try builder.add(block)
            current = builder
            return
        }
        guard LessonParser.blockLanguages.contains(block.language) else {
            append(block.raw)
            return
        }
        if section == .introduction && block.language == "setup" {
            guard lesson.setup == nil else {
                throw LessonError(.block, path: lesson.path, line: block.line, message: "the lesson has at most one ```setup block before its first step")
            }
            lesson.setup = LessonScript(text: block.body, line: block.bodyLine)
            return
        }
        throw LessonError(.block, path: lesson.path, line: block.line,
                          message: "a ```\(block.language) block must be inside a step (under a `## Step:` or `## Quiz:` heading)")
    }

    private mutating func append(_ lines: [String]) {
        switch section {
        case .introduction: introduction.append(contentsOf: lines)
        case .step: current?.text.append(contentsOf: lines)
        case .conclusion: conclusion.append(contentsOf: lines)
        }
    }

    private mutating func finishStep() throws(LessonError) {
        guard let builder = current else { return }
        lesson.steps.append(try builder.build(defaultPoints: lesson.points))
        current = nil
    }
}
