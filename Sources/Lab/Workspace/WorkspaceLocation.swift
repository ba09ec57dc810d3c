import AWSCLI

/// Where a typed path leads: somewhere inside the workspace, or one of the lab's devices.
enum WorkspaceLocation: Equatable {
    case inside(WorkspacePath)
    case device(WorkspaceDevice)

    /// Resolves a path as the learner typed it. Relative paths start at `currentDirectory`;
    /// absolute paths must start with one of `roots` (the workspace root as shown to the
    /// learner) or name a device. `.` and `..` are resolved lexically; a `..` above the root
    /// leaves the workspace and is refused.
    static func resolve(_ typed: String, currentDirectory: String, roots: [String]) throws -> WorkspaceLocation {
        if typed.isEmpty { throw LocalFileError.notFound(typed) }
        if let device = WorkspaceDevice(rawValue: typed) { return .device(device) }
        var parts: [String] = []
        var rest = Substring(typed)
        if typed.hasPrefix("/") {
            guard let root = roots.first(where: { typed == $0 || typed.hasPrefix($0 + "/") }) else {
                throw LocalFileError.outsideWorkspace(typed)
            }
            rest = typed.dropFirst(root.count)
        } else if !currentDirectory.isEmpty {
            parts = currentDirectory.split(separator: "/").map(String.init)
        }
        for piece in rest.split(separator: "/", omittingEmptySubsequences: true) {
            switch piece {
            case ".":
                continue
            case "..":
                if parts.isEmpty { throw LocalFileError.outsideWorkspace(typed) }
                parts.removeLast()
            default:
                parts.append(String(piece))
            }
        }
        let trailing = typed.hasSuffix("/") || typed.hasSuffix("/.")
        return .inside(WorkspacePath(components: parts, trailingSlash: trailing && !parts.isEmpty))
    }
}
