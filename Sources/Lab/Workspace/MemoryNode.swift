import Foundation

/// A file or a directory of a `MemoryWorkspace`.
final class MemoryNode {
    let isDirectory: Bool
    var data: Data
    var children: [String: MemoryNode]
    var modified: Double
    var mode: UInt16

    private init(isDirectory: Bool, data: Data, modified: Double, mode: UInt16) {
        self.isDirectory = isDirectory
        self.data = data
        self.children = [:]
        self.modified = modified
        self.mode = mode
    }

    static func file(_ data: Data, modified: Double) -> MemoryNode {
        MemoryNode(isDirectory: false, data: data, modified: modified, mode: WorkspaceModes.file)
    }

    static func directory(modified: Double) -> MemoryNode {
        MemoryNode(isDirectory: true, data: Data(), modified: modified, mode: WorkspaceModes.directory)
    }

    /// What `stat` would report: directories have the 4096 bytes of one block.
    var size: Int { isDirectory ? 4096 : data.count }
}
