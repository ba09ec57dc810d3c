import Foundation

/// What a local path holds.
public struct LocalFileInfo: Sendable, Equatable {
    public var size: Int
    /// Modification time, seconds since the epoch (virtual time in the lab).
    public var modified: Double
    public var isDirectory: Bool

    public init(size: Int, modified: Double, isDirectory: Bool) {
        self.size = size
        self.modified = modified
        self.isDirectory = isDirectory
    }
}

/// A local file operation that failed: the path does not exist, is a directory, or would
/// leave the learner's workspace. `message` is one sentence for the learner.
public struct LocalFileError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: String, Sendable { case notFound, isDirectory, notDirectory, outsideWorkspace, exists, notEmpty, other }
    public var kind: Kind
    public var path: String
    public var message: String

    public init(_ kind: Kind, path: String, message: String) {
        self.kind = kind
        self.path = path
        self.message = message
    }

    public var description: String { message }

    public static func outsideWorkspace(_ path: String) -> LocalFileError {
        LocalFileError(.outsideWorkspace, path: path,
                       message: "\(path): the lab keeps your files in your workspace; this path leaves it")
    }
    public static func notFound(_ path: String) -> LocalFileError {
        LocalFileError(.notFound, path: path, message: "\(path): No such file or directory")
    }
}

/// The learner's local files, as the shell and the `aws` command see them. Paths are
/// given as typed (relative to `currentDirectory`; `.` and `..` allowed while they stay
/// inside the workspace) and every method refuses a path that would leave the workspace.
/// Two implementations: a real folder on disk (the interactive lab) and an in-memory tree
/// (grading, tests), so the same commands behave the same in both.
public protocol LocalFileSystem: AnyObject {
    /// The current directory relative to the workspace root: `""` at the root, else `a/b`.
    var currentDirectory: String { get }

    /// Information about a path, or nil when nothing is there.
    func info(_ path: String) throws -> LocalFileInfo?
    func read(_ path: String) throws -> Data
    /// Writes (or appends to) a file; its modification time becomes the clock's now.
    func write(_ path: String, _ data: Data, append: Bool) throws
    func setModified(_ path: String, _ time: Double) throws
    /// Names in a directory, sorted by their UTF-8 bytes.
    func list(_ path: String) throws -> [String]
    func remove(_ path: String, recursive: Bool) throws
    func makeDirectory(_ path: String, parents: Bool) throws
    func changeDirectory(_ path: String) throws
    func move(_ from: String, to: String) throws
    /// The workspace-relative form of a path (`a/b.txt`), after resolving `.` and `..`.
    func normalize(_ path: String) throws -> String
}

extension LocalFileSystem {
    public func write(_ path: String, _ data: Data) throws { try write(path, data, append: false) }
    public func exists(_ path: String) -> Bool { ((try? info(path)) ?? nil) != nil }
    public func isDirectory(_ path: String) -> Bool { ((try? info(path)) ?? nil)?.isDirectory ?? false }
}
