import Engine
import Foundation

/// Where a learner's lesson progress lives: one folder a lesson under the state directory,
/// with `progress.json`, `cloud.json` (the lesson's cloud) and `workspace/`. Every file is
/// written atomically, so `kill -9` at any moment loses nothing already saved and never
/// leaves a half-written file.
public struct ProgressStore: Sendable {
    public let root: String

    public init(stateDirectory: String) {
        root = (stateDirectory as NSString).appendingPathComponent("lessons")
    }

    public func folder(_ lessonId: String) -> String { (root as NSString).appendingPathComponent(lessonId) }
    public func workspace(_ lessonId: String) -> String { (folder(lessonId) as NSString).appendingPathComponent("workspace") }
    private func progressFile(_ id: String) -> String { (folder(id) as NSString).appendingPathComponent("progress.json") }
    private func cloudFile(_ id: String) -> String { (folder(id) as NSString).appendingPathComponent("cloud.json") }

    /// What loading found.
    public enum Loaded {
        case fresh
        case resumed(LessonProgress, Cloud)
        /// The files could not be read; they were moved aside to `path`.
        case setAside(path: String, reason: String)
    }

    public func load(_ lessonId: String) -> Loaded {
        let fm = FileManager.default
        guard let data = fm.contents(atPath: progressFile(lessonId)) else { return .fresh }
        do {
            let progress = try JSONDecoder().decode(LessonProgress.self, from: data)
            guard progress.format == LessonProgress.formatVersion, progress.lessonId == lessonId else {
                return setAside(lessonId, reason: "it belongs to another lesson or another version of the lab")
            }
            guard let cloudData = fm.contents(atPath: cloudFile(lessonId)) else {
                return setAside(lessonId, reason: "its cloud snapshot is missing")
            }
            return .resumed(progress, try Cloud(snapshot: cloudData))
        } catch {
            return setAside(lessonId, reason: "it could not be read (\(error))")
        }
    }

    private func setAside(_ lessonId: String, reason: String) -> Loaded {
        let fm = FileManager.default
        var aside = folder(lessonId) + ".corrupt"
        var n = 1
        while fm.fileExists(atPath: aside) {
            n += 1
            aside = folder(lessonId) + ".corrupt\(n)"
        }
        try? fm.moveItem(atPath: folder(lessonId), toPath: aside)
        return .setAside(path: aside, reason: reason)
    }

    /// Saves the cloud first, then the progress that refers to it.
    public func save(_ progress: LessonProgress, cloud: Cloud) throws {
        try AtomicFile.write(try cloud.snapshot(), to: cloudFile(progress.lessonId))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try AtomicFile.write(try encoder.encode(progress), to: progressFile(progress.lessonId))
    }

    /// Forgets a lesson's progress, cloud and workspace.
    public func reset(_ lessonId: String) throws {
        let fm = FileManager.default
        if fm.fileExists(atPath: folder(lessonId)) { try fm.removeItem(atPath: folder(lessonId)) }
    }

    /// Progress of every lesson that has some, by lesson id.
    public func all() -> [String: LessonProgress] {
        let fm = FileManager.default
        var out: [String: LessonProgress] = [:]
        for id in (try? fm.contentsOfDirectory(atPath: root)) ?? [] where !id.contains(".corrupt") {
            if let data = fm.contents(atPath: progressFile(id)),
               let p = try? JSONDecoder().decode(LessonProgress.self, from: data) {
                out[id] = p
            }
        }
        return out
    }
}
