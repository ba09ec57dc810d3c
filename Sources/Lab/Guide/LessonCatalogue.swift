import Foundation

/// The lessons the lab offers, read from a folder of lesson files.
public struct LessonCatalogue: Sendable {
    public var lessons: [Lesson]
    /// Files that could not be read, with why.
    public var problems: [String]

    public init(lessons: [Lesson], problems: [String] = []) {
        self.lessons = lessons
        self.problems = problems
    }

    /// Every `*.md` of the folder but README.md, parsed.
    public static func load(folder: String) -> LessonCatalogue {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasSuffix(".md") && $0.lowercased() != "readme.md" }.sorted()
        var lessons: [Lesson] = []
        var problems: [String] = []
        for name in names {
            let path = (folder as NSString).appendingPathComponent(name)
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                problems.append("\(path): cannot be read")
                continue
            }
            do {
                lessons.append(try LessonParser.parse(text: text, path: path))
            } catch {
                problems.append("\(error)")
            }
        }
        return LessonCatalogue(lessons: lessons.sorted(by: LessonCatalogue.order), problems: problems)
    }

    /// Lessons come in the order of the notes: those others depend on first, then by id.
    static func order(_ a: Lesson, _ b: Lesson) -> Bool {
        if b.prerequisites.contains(a.id) { return true }
        if a.prerequisites.contains(b.id) { return false }
        if a.prerequisites.count != b.prerequisites.count { return a.prerequisites.count < b.prerequisites.count }
        return a.id < b.id
    }

    public func lesson(_ id: String) -> Lesson? { lessons.first { $0.id == id } }

    /// Looks for a `Lessons` folder: beside the executable or in a parent of it (a build
    /// inside the repository), then in the current directory.
    public static func locate(executable: String, currentDirectory: String) -> String? {
        var url = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            let candidate = url.appendingPathComponent("Lessons")
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("README.md").path) {
                return candidate.path
            }
            url = url.deletingLastPathComponent()
        }
        let local = (currentDirectory as NSString).appendingPathComponent("Lessons")
        return FileManager.default.fileExists(atPath: local) ? local : nil
    }
}
