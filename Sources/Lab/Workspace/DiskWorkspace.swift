import AWSCLI
import Foundation

/// A workspace that is a real folder on disk: the interactive lab. Every path is resolved
/// inside the folder; `..` above it, absolute paths elsewhere and symbolic links pointing
/// out are refused with `LocalFileError.outsideWorkspace`. Files and directories it writes
/// get their modification time from the injected clock (the lab's virtual clock), so
/// `aws s3 sync` decisions are deterministic.
public final class DiskWorkspace: LabWorkspace {
    /// The canonical absolute path of the folder (symbolic links resolved).
    public let rootPath: String
    public private(set) var currentDirectory: String = ""
    /// Absolute prefixes that name the root: the canonical path and the path as given.
    private let roots: [String]
    private let now: () -> Double

    /// Opens (and creates when missing) the folder at `root`.
    /// - Parameter now: the clock that stamps modification times.
    public init(root: String, now: @escaping () -> Double) throws {
        do {
            try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        } catch {
            throw LocalFileErrors.other(root, "cannot create the workspace folder")
        }
        guard let real = PosixFile.realPath(root) else { throw LocalFileError.notFound(root) }
        self.rootPath = real
        let given = URL(fileURLWithPath: root).standardizedFileURL.path
        self.roots = given == real ? [real] : [real, given]
        self.now = now
    }

    // MARK: LocalFileSystem

    public func info(_ path: String) throws -> LocalFileInfo? {
        switch try locate(path) {
        case .device(let device):
            return device.info(now: now())
        case .inside(let place):
            guard let status = try status(place, typed: path) else { return nil }
            return LocalFileInfo(size: status.size, modified: status.modified, isDirectory: status.isDirectory)
        }
    }

    public func read(_ path: String) throws -> Data {
        switch try locate(path) {
        case .device(.null): return Data()
        case .device(.zero): throw LocalFileErrors.endlessDevice(path)
        case .inside(let place):
            let status = try existing(place, typed: path)
            if status.isDirectory { throw LocalFileErrors.isDirectory(path) }
            if status.mode & WorkspaceModes.ownerRead == 0 { throw LocalFileErrors.permissionDenied(path) }
            guard let data = FileManager.default.contents(atPath: host(place)) else {
                throw LocalFileErrors.permissionDenied(path)
            }
            return data
        }
    }

    public func write(_ path: String, _ data: Data, append: Bool) throws {
        guard case .inside(let place) = try locate(path) else { return }
        if place.isRoot { throw LocalFileErrors.isDirectory(path) }
        try requireDirectory(place.parent, typed: path)
        let stamp = now()
        if let status = try status(place, typed: path) {
            if status.isDirectory { throw LocalFileErrors.isDirectory(path) }
            if status.mode & WorkspaceModes.ownerWrite == 0 { throw LocalFileErrors.permissionDenied(path) }
            try PosixFile.writeFile(host(place), data, append: append, typed: path)
        } else {
            if place.trailingSlash { throw LocalFileErrors.isDirectory(path) }
            try PosixFile.writeFile(host(place), data, append: append, typed: path)
            try PosixFile.setModified(host(place.parent), stamp)
        }
        try PosixFile.setModified(host(place), stamp)
    }

    public func setModified(_ path: String, _ time: Double) throws {
        guard case .inside(let place) = try locate(path) else { return }
        _ = try existing(place, typed: path)
        try PosixFile.setModified(host(place), time)
    }

    public func list(_ path: String) throws -> [String] {
        guard case .inside(let place) = try locate(path) else { throw LocalFileErrors.notDirectory(path) }
        guard try existing(place, typed: path).isDirectory else { throw LocalFileErrors.notDirectory(path) }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: host(place)) else {
            throw LocalFileErrors.permissionDenied(path)
        }
        return names.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    public func remove(_ path: String, recursive: Bool) throws {
        guard case .inside(let place) = try locate(path) else { throw LocalFileErrors.permissionDenied(path) }
        if place.isRoot { throw LocalFileErrors.removingRoot(path) }
        try requireDirectory(place.parent, typed: path)
        try checkContained(place, typed: path)
        guard let status = try PosixFile.status(host(place), followLinks: false, typed: path) else {
            throw LocalFileError.notFound(path)
        }
        if status.isDirectory && !recursive { throw LocalFileErrors.isDirectory(path) }
        if !status.isDirectory && place.trailingSlash { throw LocalFileErrors.notDirectory(path) }
        do {
            try FileManager.default.removeItem(atPath: host(place))
        } catch {
            throw LocalFileErrors.permissionDenied(path)
        }
        try PosixFile.setModified(host(place.parent), now())
    }

    public func makeDirectory(_ path: String, parents: Bool) throws {
        guard case .inside(let place) = try locate(path) else { throw LocalFileErrors.exists(path) }
        if place.isRoot {
            if parents { return }
            throw LocalFileErrors.exists(path)
        }
        if parents {
            var current = WorkspacePath(components: [])
            for (index, name) in place.components.enumerated() {
                current = current.child(name)
                if let status = try status(current, typed: path) {
                    guard status.isDirectory else {
                        let last = index == place.components.count - 1
                        throw last ? LocalFileErrors.exists(path) : LocalFileErrors.notDirectory(path)
                    }
                } else {
                    try create(current, typed: path)
                }
            }
            return
        }
        try requireDirectory(place.parent, typed: path)
        if try status(place, typed: path) != nil { throw LocalFileErrors.exists(path) }
        try create(place, typed: path)
    }

    public func changeDirectory(_ path: String) throws {
        guard case .inside(let place) = try locate(path) else { throw LocalFileErrors.notDirectory(path) }
        guard try existing(place, typed: path).isDirectory else { throw LocalFileErrors.notDirectory(path) }
        currentDirectory = place.relative
    }

    public func move(_ from: String, to: String) throws {
        guard case .inside(let source) = try locate(from) else { throw LocalFileErrors.permissionDenied(from) }
        guard case .inside(let target) = try locate(to) else { throw LocalFileErrors.permissionDenied(to) }
        if source.isRoot { throw LocalFileErrors.removingRoot(from) }
        let moving = try existing(source, typed: from)
        if source.components == target.components { return }
        if target.isWithin(source) { throw LocalFileErrors.intoItself(from, to) }
        if target.isRoot { throw LocalFileErrors.isDirectory(to) }
        try requireDirectory(target.parent, typed: to)
        if let existing = try status(target, typed: to) {
            switch (moving.isDirectory, existing.isDirectory) {
            case (false, true): throw LocalFileErrors.isDirectory(to)
            case (true, false): throw LocalFileErrors.notDirectory(to)
            default: break
            }
        }
        try PosixFile.renameItem(host(source), host(target), typed: to)
        try PosixFile.setModified(host(source.parent), now())
        try PosixFile.setModified(host(target.parent), now())
    }

    public func normalize(_ path: String) throws -> String {
        switch try locate(path) {
        case .device(let device): return device.path
        case .inside(let place):
            try checkContained(place, typed: path)
            return place.relative
        }
    }

    // MARK: LabWorkspace

    public func mode(_ path: String) throws -> UInt16 {
        guard case .inside(let place) = try locate(path) else { return 0o666 }
        return try existing(place, typed: path).mode
    }

    public func setMode(_ path: String, _ mode: UInt16) throws {
        guard case .inside(let place) = try locate(path) else { return }
        _ = try existing(place, typed: path)
        try PosixFile.changeMode(host(place), mode & WorkspaceModes.mask, typed: path)
    }

    // MARK: Paths on the host

    private func locate(_ path: String) throws -> WorkspaceLocation {
        try WorkspaceLocation.resolve(path, currentDirectory: currentDirectory, roots: roots)
    }

    private func host(_ place: WorkspacePath) -> String {
        place.isRoot ? rootPath : rootPath + "/" + place.relative
    }

    /// Refuses a place whose nearest existing ancestor (itself included) resolves, through
    /// symbolic links, to somewhere outside the folder. A dangling link is refused too: writing
    /// through it could create a file anywhere.
    private func checkContained(_ place: WorkspacePath, typed: String) throws {
        var probe = place
        while !probe.isRoot {
            let path = host(probe)
            let found = try? PosixFile.status(path, followLinks: false, typed: typed)
            if found != nil {
                guard let real = PosixFile.realPath(path),
                      real == rootPath || real.hasPrefix(rootPath + "/") else {
                    throw LocalFileError.outsideWorkspace(typed)
                }
                return
            }
            probe = probe.parent
        }
    }

    /// The status of a place after the containment check (links followed).
    private func status(_ place: WorkspacePath, typed: String) throws -> PosixFile.Status? {
        try checkContained(place, typed: typed)
        guard let status = try PosixFile.status(host(place), followLinks: true, typed: typed) else { return nil }
        if place.trailingSlash && !status.isDirectory { throw LocalFileErrors.notDirectory(typed) }
        return status
    }

    private func existing(_ place: WorkspacePath, typed: String) throws -> PosixFile.Status {
        guard let status = try status(place, typed: typed) else { throw LocalFileError.notFound(typed) }
        return status
    }

    private func requireDirectory(_ place: WorkspacePath, typed: String) throws {
        guard try existing(place, typed: typed).isDirectory else { throw LocalFileErrors.notDirectory(typed) }
    }

    private func create(_ place: WorkspacePath, typed: String) throws {
        try PosixFile.makeDirectory(host(place), typed: typed)
        let stamp = now()
        try PosixFile.setModified(host(place), stamp)
        try PosixFile.setModified(host(place.parent), stamp)
    }
}
