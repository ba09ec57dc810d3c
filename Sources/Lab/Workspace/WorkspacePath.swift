/// A place inside the workspace, as path components from the root (empty at the root).
struct WorkspacePath: Equatable {
    var components: [String]
    /// The path was typed with a trailing `/`: it must name a directory.
    var trailingSlash: Bool = false

    var isRoot: Bool { components.isEmpty }
    /// The workspace-relative form: `""` at the root, else `a/b`.
    var relative: String { components.joined(separator: "/") }
    var name: String { components.last ?? "" }
    var parent: WorkspacePath { WorkspacePath(components: Array(components.dropLast())) }

    func child(_ name: String) -> WorkspacePath {
        WorkspacePath(components: components + [name])
    }

    /// Whether `self` is `other` or lies below it.
    func isWithin(_ other: WorkspacePath) -> Bool {
        components.count >= other.components.count
            && Array(components.prefix(other.components.count)) == other.components
    }
}
