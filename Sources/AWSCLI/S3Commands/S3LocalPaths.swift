import Foundation

/// Local paths as the `aws s3` commands handle them. The AWS CLI works with absolute paths
/// (`os.path.abspath`) and prints them relative to the current directory; in the lab a path
/// is absolute within the learner's workspace: `/` is the workspace root, `/site/a.txt` a
/// file in it. Files are then reached through the workspace relative to its current
/// directory, so nothing here can leave the workspace. Special files the workspace serves
/// (`/dev/null`) keep their own absolute path.
final class S3LocalPaths {
    let fileSystem: any LocalFileSystem
    private let currentDirectory: String
    private var devices: Set<String> = []

    init(fileSystem: any LocalFileSystem) {
        self.fileSystem = fileSystem
        self.currentDirectory = "/" + fileSystem.currentDirectory
    }

    /// `os.path.abspath` of a path as typed (`~` is the workspace root).
    func absolute(_ typed: String) throws -> String {
        let normalized = try fileSystem.normalize(typed.isEmpty ? "." : ParamFile.expandHome(typed))
        if normalized.hasPrefix("/") {
            devices.insert(normalized)
            return normalized
        }
        return "/" + normalized
    }

    /// Whether an absolute path is one of the workspace's special files.
    func isDevice(_ absolute: String) -> Bool { devices.contains(absolute) }

    /// The path to hand to the workspace for an absolute path: relative to the current
    /// directory (`../x` when it lies above), or the special file's own path.
    func workspacePath(_ absolute: String) -> String {
        if isDevice(absolute) { return absolute }
        return PythonPath.relpath(absolute, from: currentDirectory)
    }

    /// How the AWS CLI prints a local path (`relative_path`): its folder relative to the
    /// current directory, then its name: `./a.txt`, `site/css/main.css`, `../b.txt`.
    func display(_ absolute: String) -> String {
        if isDevice(absolute) { return absolute }
        let (head, tail) = PythonPath.split(absolute)
        return PythonPath.join(PythonPath.relpath(head.isEmpty ? "/" : head, from: currentDirectory), tail)
    }

    /// What is at an absolute path, nil when nothing is.
    func info(_ absolute: String) throws -> LocalFileInfo? {
        try fileSystem.info(workspacePath(absolute))
    }

    func exists(_ absolute: String) -> Bool { ((try? info(absolute)) ?? nil) != nil }

    func isDirectory(_ absolute: String) -> Bool { ((try? info(absolute)) ?? nil)?.isDirectory ?? false }

    /// An absolute directory path with the separator the CLI appends (`/site/`; the root stays `/`).
    static func directoryForm(_ absolute: String) -> String {
        absolute.hasSuffix("/") ? absolute : absolute + "/"
    }
}
