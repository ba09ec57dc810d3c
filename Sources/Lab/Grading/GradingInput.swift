import Foundation

/// Finds what `lab grade` and `lab solution` work on: a lesson by id (in a folder of
/// lesson files) or by path, and the submission files of the paths given.
public enum GradingInput {
    /// The lesson `reference` names: a path to a lesson file, or an id found in `folder`.
    public static func lesson(_ reference: String, folder: String?) throws(GradingError) -> Lesson {
        if reference.hasSuffix(".md") || reference.contains("/") {
            return try parse(reference)
        }
        guard let folder else {
            throw GradingError(.lesson, "no Lessons folder found; pass --lessons DIR or a lesson file")
        }
        let catalogue = LessonCatalogue.load(folder: folder)
        if let lesson = catalogue.lesson(reference) { return lesson }
        let known = catalogue.lessons.map(\.id).joined(separator: ", ")
        throw GradingError(.lesson, "no lesson '\(reference)' in \(folder)\(known.isEmpty ? "" : " (lessons: \(known))")")
    }

    /// Parses a lesson file (also the instructor's `--checks` file).
    public static func parse(_ path: String) throws(GradingError) -> Lesson {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw GradingError(.lesson, "cannot read \(path): no such file, or not allowed")
        }
        do {
            return try LessonParser.parse(text: String(decoding: data, as: UTF8.self), path: path)
        } catch {
            throw GradingError(.lesson, error.description)
        }
    }

    /// The submissions: each file as given, and the files of each folder (not hidden, not
    /// in subfolders), sorted by name. Paths that do not exist stay, to be reported.
    public static func submissionFiles(_ paths: [String]) -> [String] {
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
                files.append(path)
                continue
            }
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
            for name in names {
                let file = (path as NSString).appendingPathComponent(name)
                var nested: ObjCBool = false
                if FileManager.default.fileExists(atPath: file, isDirectory: &nested), !nested.boolValue { files.append(file) }
            }
        }
        return files
    }
}
