import AWSCLI
import Foundation

/// A workspace held in memory: what grading and tests use. It behaves like `DiskWorkspace`
/// (same refusals, same errors, same modification times from the injected clock) without
/// touching the disk. Absolute paths under `rootPath` (default `/workspace`) are inside.
public final class MemoryWorkspace: LabWorkspace {
    public let rootPath: String
    public private(set) var currentDirectory: String = ""
    private let root: MemoryNode
    private let now: () -> Double

    /// - Parameters:
    ///   - rootPath: the absolute path shown for the root (`pwd`), e.g. `/workspace`.
    ///   - now: the clock that stamps modification times (the lab's virtual clock).
    public init(rootPath: String = "/workspace", now: @escaping () -> Double) {
        self.rootPath = rootPath.count > 1 && rootPath.hasSuffix("/") ? String(rootPath.dropLast()) : rootPath
        self.now = now
        self.root = MemoryNode.directory(modified: now())
    }

    // MARK: LocalFileSystem

    public func info(_ path: String) throws -> LocalFileInfo? {
        switch try locate(path) {
        case .device(let device):
            return device.info(now: now())
        case .inside(let place):
            guard let node = try node(at: place, typed: path) else { return nil }
            return LocalFileInfo(size: node.size, modified: node.modified, isDirectory: node.isDirectory)
        }
    }

    public func read(_ path: String) throws -> Data {
        switch try locate(path) {
        case .device(.null): return Data()
        case .device(.zero): throw LocalFileErrors.endlessDevice(path)
        case .inside(let place):
            let node = try existing(place, typed: path)
            if node.isDirectory { throw LocalFileErrors.isDirectory(path) }
            if node.mode & WorkspaceModes.ownerRead == 0 { throw LocalFileErrors.permissionDenied(path) }
            return node.data
        }
    }

    public func write(_ path: String, _ data: Data, append: Bool) throws {
        guard case .inside(let place) = try locate(path) else { return }
        if place.isRoot { throw LocalFileErrors.isDirectory(path) }
        let parent = try directory(at: place.parent, typed: path)
        let stamp = now()
        if let node = parent.children[place.name] {
            if node.isDirectory { throw LocalFileErrors.isDirectory(path) }
            if place.trailingSlash { throw LocalFileErrors.notDirectory(path) }
            if node.mode & WorkspaceModes.ownerWrite == 0 { throw LocalFileErrors.permissionDenied(path) }
            if append { node.data.append(data) } else { node.data = data }
            node.modified = stamp
        } else {
            if place.trailingSlash { throw LocalFileErrors.isDirectory(path) }
            parent.children[place.name] = MemoryNode.file(data, modified: stamp)
            parent.modified = stamp
        }
    }

    public func setModified(_ path: String, _ time: Double) throws {
        guard case .inside(let place) = try locate(path) else { return }
        try existing(place, typed: path).modified = time
    }

    public func list(_ path: String) throws -> [String] {
        guard case .inside(let place) = try locate(path) else { throw LocalFileErrors.notDirectory(path) }
        let node = try existing(place, typed: path)
        guard node.isDirectory else { throw LocalFileErrors.notDirectory(path) }
        return node.children.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    public func remove(_ path: String, recursive: Bool) throws {
        guard case .inside(let place) = try locate(path) else { throw LocalFileErrors.permissionDenied(path) }
        if place.isRoot { throw LocalFileErrors.removingRoot(path) }
        let parent = try directory(at: place.parent, typed: path)
        guard let node = parent.children[place.name] else { throw LocalFileError.notFound(path) }
        if node.isDirectory && !recursive { throw LocalFileErrors.isDirectory(path) }
        if !node.isDirectory && place.trailingSlash { throw LocalFileErrors.notDirectory(path) }
        parent.children[place.name] = nil
        parent.modified = now()
    }

    public func makeDirectory(_ path: String, parents: Bool) throws {
        guard case .inside(let place) = try locate(path) else { throw LocalFileErrors.exists(path) }
        if place.isRoot {
            if parents { return }
            throw LocalFileErrors.exists(path)
        }
        if parents {
            var node = root
            for (index, name) in place.components.enumerated() {
                if let child = node.children[name] {
                    guard child.isDirectory else {
                        let last = index == place.components.count - 1
                        throw last ? LocalFileErrors.exists(path) : LocalFileErrors.notDirectory(path)
                    }
                    node = child
                } else {
                    let child = MemoryNode.directory(modified: now())
                    node.children[name] = child
                    node.modified = now()
                    node = child
                }
            }
            return
        }
        let parent = try directory(at: place.parent, typed: path)
        if parent.children[place.name] != nil { throw LocalFileErrors.exists(path) }
        parent.children[place.name] = MemoryNode.directory(modified: now())
        parent.modified = now()
    }

    public func changeDirectory(_ path: String) throws {
        guard case .inside(let place) = try locate(path) else { throw LocalFileErrors.notDirectory(path) }
        let node = try existing(place, typed: path)
        guard node.isDirectory else { throw LocalFileErrors.notDirectory(path) }
        currentDirectory = place.relative
    }

    public func move(_ from: String, to: String) throws {
        guard case .inside(let source) = try locate(from) else { throw LocalFileErrors.permissionDenied(from) }
        guard case .inside(let target) = try locate(to) else { throw LocalFileErrors.permissionDenied(to) }
        if source.isRoot { throw LocalFileErrors.removingRoot(from) }
        let sourceParent = try directory(at: source.parent, typed: from)
        guard let node = sourceParent.children[source.name] else { throw LocalFileError.notFound(from) }
        if source.components == target.components { return }
        if target.isWithin(source) { throw LocalFileErrors.intoItself(from, to) }
        if target.isRoot { throw LocalFileErrors.isDirectory(to) }
        let targetParent = try directory(at: target.parent, typed: to)
        if let existing = targetParent.children[target.name] {
            switch (node.isDirectory, existing.isDirectory) {
            case (false, true): throw LocalFileErrors.isDirectory(to)
            case (true, false): throw LocalFileErrors.notDirectory(to)
            case (true, true) where !existing.children.isEmpty: throw LocalFileErrors.notEmpty(to)
            default: break
            }
        }
        sourceParent.children[source.name] = nil
        targetParent.children[target.name] = node
        sourceParent.modified = now()
        targetParent.modified = now()
    }

    public func normalize(_ path: String) throws -> String {
        switch try locate(path) {
        case .device(let device): return device.path
        case .inside(let place): return place.relative
        }
    }

    // MARK: LabWorkspace

    public func mode(_ path: String) throws -> UInt16 {
        guard case .inside(let place) = try locate(path) else { return 0o666 }
        return try existing(place, typed: path).mode
    }

    public func setMode(_ path: String, _ mode: UInt16) throws {
        guard case .inside(let place) = try locate(path) else { return }
        try existing(place, typed: path).mode = mode & WorkspaceModes.mask
    }

    // MARK: Tree walking

    private func locate(_ path: String) throws -> WorkspaceLocation {
        try WorkspaceLocation.resolve(path, currentDirectory: currentDirectory, roots: [rootPath])
    }

    /// The node at a place, nil when nothing is there; a file met on the way is an error.
    private func node(at place: WorkspacePath, typed: String) throws -> MemoryNode? {
        var node = root
        for name in place.components {
            guard node.isDirectory else { throw LocalFileErrors.notDirectory(typed) }
            guard let child = node.children[name] else { return nil }
            node = child
        }
        if place.trailingSlash && !node.isDirectory { throw LocalFileErrors.notDirectory(typed) }
        return node
    }

    private func existing(_ place: WorkspacePath, typed: String) throws -> MemoryNode {
        guard let node = try node(at: place, typed: typed) else { throw LocalFileError.notFound(typed) }
        return node
    }

    private func directory(at place: WorkspacePath, typed: String) throws -> MemoryNode {
        let node = try existing(place, typed: typed)
        guard node.isDirectory else { throw LocalFileErrors.notDirectory(typed) }
        return node
    }
}
