import Foundation

/// Finds lesson files: a file as given, or every `*.md` of a folder but `README.md`, sorted.
enum LessonFiles {
    static func find(_ path: String) -> (files: [String], problem: LintProblem?) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return ([], LintProblem(path: path, line: nil, message: "no such file or folder"))
        }
        guard isDirectory.boolValue else { return ([path], nil) }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else {
            return ([], LintProblem(path: path, line: nil, message: "the folder cannot be read"))
        }
        let lessons = names.filter { $0.hasSuffix(".md") && $0.lowercased() != "readme.md" }.sorted()
        let folder = path.hasSuffix("/") ? path : path + "/"
        return (lessons.map { folder + $0 }, nil)
    }

    /// Whether a lesson file named `ID.md` sits beside the file at `path`.
    static func sibling(_ id: String, of path: String) -> Bool {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        return FileManager.default.fileExists(atPath: folder.appendingPathComponent(id + ".md").path)
    }
}
