import Engine

/// Turns the YAML of a ` ```quiz ` block into a `Quiz`: the type, the question, the
/// choices and an answer that is among them (or, for text quizzes, a valid pattern).
struct QuizParser {
    static let keys = ["type", "question", "choices", "answer", "explanation", "accepts", "rejects"]

    var block: YAMLBlock

    func parse() throws(LessonError) -> Quiz {
        let fields = YAMLFields(block: block, code: .quiz)
        let value = try block.value()
        let members = try fields.members(value, allowed: Self.keys, what: "quiz")
        var kind = Quiz.Kind.single
        if let item = value["type"] {
            let text = try fields.string(item, "type")
            guard let parsed = Quiz.Kind(rawValue: text) else {
                throw fields.error("type", "quiz type '\(text)' is not single, multiple or text")
            }
            kind = parsed
        }
        guard let questionValue = value["question"] else { throw missing("question") }
        var quiz = Quiz(kind: kind, question: try fields.string(questionValue, "question"), answer: [])
        for (key, item) in members {
            switch key {
            case "choices": quiz.choices = try choices(item, fields: fields)
            case "explanation": quiz.explanation = try fields.string(item, key)
            case "accepts": quiz.accepts = try fields.strings(item, key)
            case "rejects": quiz.rejects = try fields.strings(item, key)
            default: break
            }
        }
        guard let answer = value["answer"] else { throw missing("answer") }
        switch kind {
        case .single, .multiple:
            guard quiz.choices.count >= 2 else { throw fields.error("choices", "a \(kind.rawValue) quiz needs at least two choices") }
            if !quiz.accepts.isEmpty || !quiz.rejects.isEmpty {
                throw fields.error(quiz.accepts.isEmpty ? "rejects" : "accepts", "accepts and rejects are for text quizzes")
            }
            if kind == .single {
                quiz.answer = [try fields.string(answer, "answer")]
            } else if case .array = answer {
                quiz.answer = try fields.strings(answer, "answer")
            } else {
                quiz.answer = [try fields.string(answer, "answer")]
            }
            guard !quiz.answer.isEmpty else { throw fields.error("answer", "the answer names no choice") }
            let keys = quiz.choices.map(\.key)
            for key in quiz.answer where !keys.contains(key) {
                throw fields.error("answer", "the answer '\(key)' is not one of the choices (\(keys.joined(separator: ", ")))")
            }
        case .text:
            guard quiz.choices.isEmpty else { throw fields.error("choices", "a text quiz has no choices") }
            let pattern = try fields.string(answer, "answer")
            do {
                _ = try Regex(pattern)
            } catch {
                throw fields.error("answer", "the answer is not a valid regular expression: \(pattern)")
            }
            quiz.answer = [pattern]
        }
        return quiz
    }

    private func choices(_ value: Value, fields: YAMLFields) throws(LessonError) -> [QuizChoice] {
        guard case .object(let members) = value else {
            throw fields.error("choices", "choices must be a mapping of key: text lines, such as `a: A key pair`")
        }
        var out: [QuizChoice] = []
        for (key, item) in members {
            guard let text = YAMLFields.scalarText(item) else { throw fields.error(key, "choice \(key) must be text") }
            guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber }), key == key.lowercased() else {
                throw fields.error(key, "choice key '\(key)' must be a lower-case letter or number")
            }
            out.append(QuizChoice(key: key, text: text))
        }
        return out
    }

    private func missing(_ key: String) -> LessonError {
        LessonError(.quiz, path: block.path, line: block.firstLine, message: "the quiz has no \(key)")
    }
}
