import Engine
import Foundation

/// Reads a lesson's YAML front matter into a `Lesson` without steps.
enum FrontMatterReader {
    static let keys = ["id", "title", "summary", "notes", "services", "minutes", "prerequisites", "points",
                       "claims", "hint-penalty", "solution-penalty"]

    static func read(_ block: YAMLBlock) throws(LessonError) -> Lesson {
        let fields = YAMLFields(block: block, code: .frontMatter)
        let value = try block.value()
        if value.isNull {
            throw LessonError(.frontMatter, path: block.path, line: max(1, block.firstLine - 1),
                              message: "the front matter is empty: it needs at least id and title")
        }
        var lesson = Lesson(path: block.path, id: "", title: "")
        for (key, item) in try fields.members(value, allowed: keys, what: "front matter") {
            switch key {
            case "id": lesson.id = try fields.string(item, key)
            case "title": lesson.title = try fields.string(item, key)
            case "summary": lesson.summary = try fields.string(item, key)
            case "notes": lesson.notes = try fields.string(item, key)
            case "services": lesson.services = try fields.strings(item, key)
            case "minutes": lesson.minutes = try fields.int(item, key, minimum: 1)
            case "prerequisites": lesson.prerequisites = try fields.strings(item, key)
            case "points": lesson.points = try fields.int(item, key)
            case "claims": lesson.claims = try fields.strings(item, key)
            case "hint-penalty": lesson.hintPenalty = try fields.int(item, key)
            default: lesson.solutionPenalty = try fields.int(item, key)
            }
        }
        for required in ["id", "title"] where value[required] == nil {
            throw LessonError(.frontMatter, path: block.path, line: max(1, block.firstLine - 1),
                              message: "the front matter has no \(required)")
        }
        guard LessonParser.isIdentifier(lesson.id) else {
            throw fields.error("id", "id '\(lesson.id)' must be lower-case letters, digits and hyphens")
        }
        return lesson
    }
}
