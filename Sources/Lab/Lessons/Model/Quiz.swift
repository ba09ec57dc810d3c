import Foundation

/// The question of a quiz step: one choice, several choices, or a free text answer.
public struct Quiz: Sendable, Equatable {
    /// How the learner answers.
    public enum Kind: String, Sendable, Equatable, CaseIterable {
        /// One choice key (`/answer b`).
        case single
        /// Every right choice key and no other (`/answer a c`).
        case multiple
        /// Free text that the answer pattern must match as a whole, ignoring case.
        case text
    }

    public var kind: Kind
    public var question: String
    /// The choices, in the order written (empty for text quizzes).
    public var choices: [QuizChoice]
    /// The right choice keys (single, multiple), or the regular expression (text).
    public var answer: [String]
    public var explanation: String?
    /// Text quizzes: answers the pattern must accept (lint tries them).
    public var accepts: [String]
    /// Text quizzes: answers the pattern must refuse (lint tries them).
    public var rejects: [String]

    public init(kind: Kind, question: String, choices: [QuizChoice] = [], answer: [String],
                explanation: String? = nil, accepts: [String] = [], rejects: [String] = []) {
        self.kind = kind
        self.question = question
        self.choices = choices
        self.answer = answer
        self.explanation = explanation
        self.accepts = accepts
        self.rejects = rejects
    }

    /// Whether a learner's answer (`a`, `a c`, `a,c`, or free text) is right.
    public func accepts(answer given: String) -> Bool {
        switch kind {
        case .single, .multiple:
            let keys = Quiz.choiceKeys(in: given)
            let right = Set(answer.map { $0.lowercased() })
            if kind == .single && keys.count != 1 { return false }
            return Set(keys) == right && keys.count == right.count
        case .text:
            guard let pattern = answer.first, let regex = try? Regex(pattern) else { return false }
            let text = given.trimmingCharacters(in: .whitespacesAndNewlines)
            return (try? regex.ignoresCase().wholeMatch(in: text)) != nil
        }
    }

    /// The choice keys of an answer, lower-cased, in order, duplicates removed.
    static func choiceKeys(in text: String) -> [String] {
        var seen: [String] = []
        let words = text.lowercased().split { $0 == "," || $0.isWhitespace }
        for word in words where !seen.contains(String(word)) { seen.append(String(word)) }
        return seen
    }
}
