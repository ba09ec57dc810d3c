/// The few `os.path` functions the `aws s3` commands depend on, on POSIX paths given as
/// strings, so paths and filter patterns are built exactly as the AWS CLI builds them.
enum PythonPath {
    /// `os.path.join(a, b)`: `b` when absolute, else `a` and `b` with one `/` between.
    static func join(_ a: String, _ b: String) -> String {
        if b.hasPrefix("/") { return b }
        if a.isEmpty || a.hasSuffix("/") { return a + b }
        return a + "/" + b
    }

    /// `os.path.split`: everything before the last `/` (trailing slashes removed unless it is
    /// all slashes) and everything after it.
    static func split(_ path: String) -> (head: String, tail: String) {
        guard let slash = path.lastIndex(of: "/") else { return ("", path) }
        let tail = String(path[path.index(after: slash)...])
        var head = String(path[...slash])
        if head.contains(where: { $0 != "/" }) {
            while head.hasSuffix("/") { head.removeLast() }
        }
        return (head, tail)
    }

    /// `os.path.dirname`.
    static func dirname(_ path: String) -> String { split(path).head }

    /// `os.path.basename`.
    static func basename(_ path: String) -> String { split(path).tail }

    /// `os.path.normpath` of a relative or absolute path: `.` and empty parts removed, `..`
    /// folded where it can be.
    static func normpath(_ path: String) -> String {
        if path.isEmpty { return "." }
        let absolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." {
                parts.removeLast()
            } else if part == ".." && absolute {
                continue
            } else {
                parts.append(part)
            }
        }
        let body = parts.joined(separator: "/")
        if absolute { return "/" + body }
        return body.isEmpty ? "." : body
    }

    /// `os.path.relpath(path, start)` for two absolute, normalized paths.
    static func relpath(_ path: String, from start: String) -> String {
        let target = components(path)
        let base = components(start)
        var common = 0
        while common < target.count, common < base.count, target[common] == base[common] { common += 1 }
        let parts = Array(repeating: "..", count: base.count - common) + target[common...].map(String.init)
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }

    static func components(_ path: String) -> [Substring] {
        path.split(separator: "/", omittingEmptySubsequences: true)
    }
}
