import Foundation

/// A `## Step: Title {#id points=N}` or `## Quiz: Title {#id}` heading.
struct StepHeading: Equatable {
    var kind: LessonStep.Kind
    var title: String
    var id: String
    var points: Int?

    /// nil when the heading is not a step heading (`## Summary`).
    static func parse(_ text: String, line: Int, path: String) throws(LessonError) -> StepHeading? {
        let kind: LessonStep.Kind
        var rest: Substring
        if text.hasPrefix("Step:") {
            kind = .task
            rest = text.dropFirst(5)
        } else if text.hasPrefix("Quiz:") {
            kind = .quiz
            rest = text.dropFirst(5)
        } else {
            return nil
        }
        var id: String?
        var points: Int?
        if rest.hasSuffix("}"), let open = rest.lastIndex(of: "{") {
            let attributes = rest[rest.index(after: open)..<rest.index(before: rest.endIndex)]
            rest = rest[..<open]
            for word in attributes.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
                if word.hasPrefix("#") {
                    id = String(word.dropFirst())
                } else if word.hasPrefix("points=") {
                    guard let value = Int(word.dropFirst(7)), value >= 0 else {
                        throw LessonError(.heading, path: path, line: line, message: "points must be a whole number, as in {points=10}")
                    }
                    points = value
                } else {
                    throw LessonError(.heading, path: path, line: line,
                                      message: "unknown heading attribute '\(word)' (use {#id points=N})")
                }
            }
        }
        let title = rest.trimmingCharacters(in: .whitespaces)
        guard !title.isEmpty else {
            throw LessonError(.heading, path: path, line: line, message: "this \(kind == .task ? "step" : "quiz") has no title")
        }
        let stepId = id ?? kebabCase(title)
        guard LessonParser.isIdentifier(stepId) else {
            throw LessonError(.heading, path: path, line: line,
                              message: "step id '\(stepId)' must be lower-case letters, digits and hyphens")
        }
        return StepHeading(kind: kind, title: title, id: stepId, points: points)
    }

    /// `Make a bucket!` → `make-a-bucket`.
    static func kebabCase(_ text: String) -> String {
        var out = ""
        var pendingHyphen = false
        for character in text.lowercased() {
            if character.isASCII && (character.isLetter || character.isNumber) {
                if pendingHyphen && !out.isEmpty { out.append("-") }
                pendingHyphen = false
                out.append(character)
            } else if character != "'" && character != "`" {
                pendingHyphen = true
            }
        }
        return out
    }
}
