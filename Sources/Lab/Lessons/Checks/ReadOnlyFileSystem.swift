import AWSCLI
import Foundation

/// The learner's workspace as a check's `aws` command sees it: reads pass through, every
/// change is refused. Checks must never change the workspace.
final class ReadOnlyFileSystem: LocalFileSystem {
    private let base: any LocalFileSystem

    init(_ base: any LocalFileSystem) { self.base = base }

    var currentDirectory: String { base.currentDirectory }
    func info(_ path: String) throws -> LocalFileInfo? { try base.info(path) }
    func read(_ path: String) throws -> Data { try base.read(path) }
    func list(_ path: String) throws -> [String] { try base.list(path) }
    func normalize(_ path: String) throws -> String { try base.normalize(path) }

    func write(_ path: String, _ data: Data, append: Bool) throws { throw refused(path) }
    func setModified(_ path: String, _ time: Double) throws { throw refused(path) }
    func remove(_ path: String, recursive: Bool) throws { throw refused(path) }
    func makeDirectory(_ path: String, parents: Bool) throws { throw refused(path) }
    func changeDirectory(_ path: String) throws { throw refused(path) }
    func move(_ from: String, to: String) throws { throw refused(from) }

    private func refused(_ path: String) -> LocalFileError {
        LocalFileError(.other, path: path, message: "\(path): a lesson check only reads the workspace")
    }
}
