import AWSCLI

/// The file errors the workspaces raise, worded as the C library words them so the shell's
/// builtins can print them the GNU way (`cat: x: Is a directory`).
enum LocalFileErrors {
    static func isDirectory(_ path: String) -> LocalFileError {
        LocalFileError(.isDirectory, path: path, message: "\(path): Is a directory")
    }
    static func notDirectory(_ path: String) -> LocalFileError {
        LocalFileError(.notDirectory, path: path, message: "\(path): Not a directory")
    }
    static func exists(_ path: String) -> LocalFileError {
        LocalFileError(.exists, path: path, message: "\(path): File exists")
    }
    static func notEmpty(_ path: String) -> LocalFileError {
        LocalFileError(.notEmpty, path: path, message: "\(path): Directory not empty")
    }
    static func permissionDenied(_ path: String) -> LocalFileError {
        LocalFileError(.other, path: path, message: "\(path): Permission denied")
    }
    static func endlessDevice(_ path: String) -> LocalFileError {
        LocalFileError(.other, path: path,
                       message: "\(path): reading it to the end never finishes; the lab only reads a bounded part (head -c N)")
    }
    static func removingRoot(_ path: String) -> LocalFileError {
        LocalFileError(.other, path: path, message: "\(path): the workspace folder itself cannot be removed")
    }
    static func intoItself(_ from: String, _ to: String) -> LocalFileError {
        LocalFileError(.other, path: from, message: "\(from): cannot move a directory into itself ('\(to)')")
    }
    static func other(_ path: String, _ reason: String) -> LocalFileError {
        LocalFileError(.other, path: path, message: "\(path): \(reason)")
    }

    /// The reason without the leading `path: `, for messages that quote the path themselves
    /// (`rm: cannot remove 'x': No such file or directory`).
    static func reason(_ error: LocalFileError) -> String {
        let prefix = "\(error.path): "
        if error.message.hasPrefix(prefix) { return String(error.message.dropFirst(prefix.count)) }
        return error.message
    }
}
