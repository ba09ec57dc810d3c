import AWSCLI
import Foundation

/// An in-memory `LocalFileSystem` for the `aws s3` command tests (the lab's own
/// `MemoryWorkspace` lives in the Lab module): a tree of folders and files under `/ws`,
/// modification times from the given clock, `/dev/null`, and the refusals of a workspace.
final class S3CommandTestFileSystem: LocalFileSystem {
    private(set) var currentDirectory = ""
    private var files: [String: (data: Data, modified: Double)] = [:]
    private var directories: [String: Double] = ["": 0]
    /// Files that cannot be read (as after `chmod 000`).
    var unreadable: Set<String> = []
    private let now: () -> Double

    init(now: @escaping () -> Double) {
        self.now = now
        directories[""] = now()
    }

    // MARK: Paths

    /// The workspace-relative form of a path (`a/b`), or a device path.
    func normalize(_ path: String) throws -> String {
        if path == "/dev/null" { return path }
        var parts: [Substring] = []
        var text = Substring(path)
        if text.hasPrefix("/ws") {
            text = text.dropFirst(3)
        } else if text.hasPrefix("/") {
            throw LocalFileError.outsideWorkspace(path)
        } else {
            parts = currentDirectory.split(separator: "/")
        }
        for part in text.split(separator: "/") {
            if part == "." { continue }
            if part == ".." {
                guard !parts.isEmpty else { throw LocalFileError.outsideWorkspace(path) }
                parts.removeLast()
            } else {
                parts.append(part)
            }
        }
        return parts.joined(separator: "/")
    }

    // MARK: LocalFileSystem

    func info(_ path: String) throws -> LocalFileInfo? {
        let p = try normalize(path)
        if p == "/dev/null" { return LocalFileInfo(size: 0, modified: now(), isDirectory: false) }
        if let file = files[p] {
            if path.hasSuffix("/") { throw LocalFileError(.notDirectory, path: path, message: "\(path): Not a directory") }
            return LocalFileInfo(size: file.data.count, modified: file.modified, isDirectory: false)
        }
        if let modified = directories[p] { return LocalFileInfo(size: 4096, modified: modified, isDirectory: true) }
        return nil
    }

    func read(_ path: String) throws -> Data {
        let p = try normalize(path)
        if p == "/dev/null" { return Data() }
        if directories[p] != nil { throw LocalFileError(.isDirectory, path: path, message: "\(path): Is a directory") }
        guard let file = files[p] else { throw LocalFileError.notFound(path) }
        if unreadable.contains(p) { throw LocalFileError(.other, path: path, message: "\(path): Permission denied") }
        return file.data
    }

    func write(_ path: String, _ data: Data, append: Bool) throws {
        let p = try normalize(path)
        if p == "/dev/null" { return }
        if directories[p] != nil { throw LocalFileError(.isDirectory, path: path, message: "\(path): Is a directory") }
        guard directories[parent(p)] != nil else { throw LocalFileError.notFound(path) }
        if append, let old = files[p]?.data {
            files[p] = (old + data, now())
        } else {
            files[p] = (data, now())
        }
    }

    func setModified(_ path: String, _ time: Double) throws {
        let p = try normalize(path)
        if files[p] != nil {
            files[p]?.modified = time
        } else if directories[p] != nil {
            directories[p] = time
        } else {
            throw LocalFileError.notFound(path)
        }
    }

    func list(_ path: String) throws -> [String] {
        let p = try normalize(path)
        guard directories[p] != nil else {
            if files[p] != nil { throw LocalFileError(.notDirectory, path: path, message: "\(path): Not a directory") }
            throw LocalFileError.notFound(path)
        }
        let prefix = p.isEmpty ? "" : p + "/"
        let names = (Array(files.keys) + Array(directories.keys)).compactMap { key -> String? in
            guard key.hasPrefix(prefix), key != p else { return nil }
            let rest = key.dropFirst(prefix.count)
            return rest.contains("/") || rest.isEmpty ? nil : String(rest)
        }
        return names.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    func remove(_ path: String, recursive: Bool) throws {
        let p = try normalize(path)
        if files.removeValue(forKey: p) != nil { return }
        guard directories[p] != nil else { throw LocalFileError.notFound(path) }
        guard recursive else { throw LocalFileError(.isDirectory, path: path, message: "\(path): Is a directory") }
        for key in files.keys where key.hasPrefix(p + "/") { files[key] = nil }
        for key in directories.keys where key.hasPrefix(p + "/") { directories[key] = nil }
        directories[p] = nil
    }

    func makeDirectory(_ path: String, parents: Bool) throws {
        let p = try normalize(path)
        var built = ""
        for part in p.split(separator: "/") {
            built = built.isEmpty ? String(part) : built + "/" + part
            if files[built] != nil { throw LocalFileError(.notDirectory, path: path, message: "\(path): Not a directory") }
            if directories[built] == nil {
                guard parents || built == p else { throw LocalFileError.notFound(path) }
                directories[built] = now()
            }
        }
    }

    func changeDirectory(_ path: String) throws {
        let p = try normalize(path)
        guard directories[p] != nil else { throw LocalFileError.notFound(path) }
        currentDirectory = p
    }

    func move(_ from: String, to: String) throws {
        let source = try normalize(from)
        let target = try normalize(to)
        guard let file = files.removeValue(forKey: source) else { throw LocalFileError.notFound(from) }
        files[target] = file
    }

    // MARK: Test helpers

    /// Writes a file, creating its folders.
    func put(_ path: String, _ text: String) {
        let p = (try? normalize(path)) ?? path
        try? makeDirectory(parent(p), parents: true)
        files[p] = (Data(text.utf8), now())
    }

    func text(_ path: String) -> String? {
        guard let p = try? normalize(path), let file = files[p] else { return nil }
        return String(decoding: file.data, as: UTF8.self)
    }

    func modified(_ path: String) -> Double? {
        guard let p = try? normalize(path) else { return nil }
        return files[p]?.modified
    }

    /// Every file and folder, folders with a trailing `/`, sorted.
    var tree: [String] {
        (files.keys.map { $0 } + directories.keys.filter { !$0.isEmpty }.map { $0 + "/" }).sorted()
    }

    private func parent(_ p: String) -> String {
        guard let slash = p.lastIndex(of: "/") else { return "" }
        return String(p[..<slash])
    }
}
