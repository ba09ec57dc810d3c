import AWSCLI

/// A learner's workspace as the lab provides it: a `LocalFileSystem` that also knows the
/// absolute path the learner sees for its root and keeps permission bits (`chmod`).
///
/// Both implementations refuse paths that leave the workspace, serve `/dev/null` and
/// `/dev/zero`, and enforce the owner's read and write bits the same way, so a transcript
/// behaves identically on disk and in memory.
public protocol LabWorkspace: LocalFileSystem {
    /// The absolute path shown for the workspace root (`pwd` prints it). Absolute paths
    /// under it are inside the workspace.
    var rootPath: String { get }
    /// The permission bits of a path (`0o644` for a new file, `0o755` for a directory).
    func mode(_ path: String) throws -> UInt16
    /// Sets the permission bits of a path (`chmod`).
    func setMode(_ path: String, _ mode: UInt16) throws
}
