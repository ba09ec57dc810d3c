import Engine

// MARK: - Quiz steps and checks across lessons

extension LessonLinter {
    func quizProblems(_ step: LessonStep, lesson: Lesson) -> [LintProblem] {
        guard let quiz = step.quiz else { return [] }
        var problems: [LintProblem] = []
        func problem(_ message: String) {
            problems.append(LintProblem(path: lesson.path, line: step.line, message: "quiz '\(step.id)': \(message)"))
        }
        let keys = quiz.choices.map(\.key)
        switch quiz.kind {
        case .single:
            if !quiz.accepts(answer: quiz.answer.joined(separator: " ")) { problem("the answer is not accepted") }
            for key in keys where !quiz.answer.contains(key) && quiz.accepts(answer: key) {
                problem("choice \(key) is accepted too")
            }
        case .multiple:
            if !quiz.accepts(answer: quiz.answer.joined(separator: " ")) { problem("the answer is not accepted") }
            var wrongAnswers = keys.filter { quiz.answer != [$0] }
            if quiz.answer.count > 1 { wrongAnswers.append(quiz.answer.dropLast().joined(separator: " ")) }
            if Set(quiz.answer) != Set(keys) { wrongAnswers.append(keys.joined(separator: " ")) }
            for wrong in wrongAnswers where quiz.accepts(answer: wrong) { problem("the answer '\(wrong)' is accepted too") }
        case .text:
            if quiz.accepts.isEmpty { problem("a text quiz needs `accepts:` examples of right answers for lint to try") }
            for example in quiz.accepts where !quiz.accepts(answer: example) {
                problem("the right answer '\(example)' is refused")
            }
            for example in quiz.rejects + [""] where quiz.accepts(answer: example) {
                problem("the wrong answer '\(example)' is accepted")
            }
        }
        return problems
    }

    /// Duplicate lesson ids, prerequisites that are no lesson, claims the catalogue lacks.
    func crossLessonProblems(_ lessons: [Lesson], texts: [String: String], catalogue: ClaimCatalogue?) -> [LintProblem] {
        var problems: [LintProblem] = []
        var firstPath: [String: String] = [:]
        for lesson in lessons {
            let frontLine = { (key: String) in Self.frontMatterLine(of: key, in: texts[lesson.path] ?? "") }
            if let other = firstPath[lesson.id] {
                problems.append(LintProblem(path: lesson.path, line: frontLine("id"),
                                            message: "lesson id '\(lesson.id)' is already used by \(other)"))
            } else {
                firstPath[lesson.id] = lesson.path
            }
            let known = Set(lessons.map(\.id))
            for prerequisite in lesson.prerequisites where !known.contains(prerequisite)
                && !LessonFiles.sibling(prerequisite, of: lesson.path) {
                problems.append(LintProblem(path: lesson.path, line: frontLine("prerequisites"),
                                            message: "prerequisite '\(prerequisite)' is not a lesson"))
            }
            if let catalogue {
                let ids = catalogue.ids
                for claim in lesson.claims where !ids.contains(claim) {
                    problems.append(LintProblem(path: lesson.path, line: frontLine("claims"),
                                                message: "claim '\(claim)' is not in the catalogue"))
                }
            }
        }
        return problems
    }

    /// The line of a top-level front matter key (1 when it is not there).
    static func frontMatterLine(of key: String, in text: String) -> Int {
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if index > 0 && line == "---" { break }
            if line.hasPrefix(key + ":") { return index + 1 }
        }
        return 1
    }
}
