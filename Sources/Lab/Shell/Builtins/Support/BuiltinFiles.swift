import AWSCLI
import Foundation

/// File access shared by the builtins: reading operands (`-` is standard input) and wording
/// file errors the way GNU tools do.
enum BuiltinFiles {
    /// Reads an operand: `-` is standard input.
    static func read(_ operand: String, io: ShellIO, shell: Shell) throws -> Data {
        operand == "-" ? io.stdin : try shell.fileSystem.read(operand)
    }

    /// The reason of a file error (`No such file or directory`).
    static func reason(_ error: Error) -> String {
        if let error = error as? LocalFileError { return LocalFileErrors.reason(error) }
        return String(describing: error)
    }

    /// A name quoted only when it needs it (`'a b'`), as GNU `quotef` does in messages such
    /// as `cat: 'a b': No such file or directory`.
    static func quoteIfNeeded(_ name: String) -> String {
        let safe = name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "._/-+:,@%=^".contains($0)) }
        return safe && !name.isEmpty ? name : quote(name)
    }

    /// A name in single quotes (`'x'`), as GNU `quote` does in `cannot remove 'x'`.
    static func quote(_ name: String) -> String {
        if !name.contains("'") { return "'\(name)'" }
        if !name.contains("\"") && !name.contains("$") && !name.contains("`") && !name.contains("\\") {
            return "\"\(name)\""
        }
        return "'" + name.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// Joins a directory shown to the learner and a name (`.` + `a` → `./a`).
    static func join(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }

    /// The last path component of an operand (`a/b/` → `b`).
    static func baseName(_ path: String) -> String {
        let trimmed = path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path
        return trimmed.split(separator: "/").last.map(String.init) ?? trimmed
    }
}
