import AWSCLI
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Thin wrappers over the POSIX calls `DiskWorkspace` needs, with `errno` turned into
/// `LocalFileError`s worded like the C library.
enum PosixFile {
    /// What `lstat`/`stat` report about a host path.
    struct Status {
        var isDirectory: Bool
        var isSymbolicLink: Bool
        var size: Int
        var modified: Double
        var mode: UInt16
    }

    /// The status of a host path: nil when nothing is there, an error when the path cannot
    /// be looked at (a file in the middle of it, no permission).
    static func status(_ hostPath: String, followLinks: Bool, typed: String) throws -> Status? {
        var buffer = stat()
        let result = followLinks ? stat(hostPath, &buffer) : lstat(hostPath, &buffer)
        guard result == 0 else {
            let code = errno
            if code == ENOENT { return nil }
            throw error(code, typed)
        }
        let type = buffer.st_mode & S_IFMT
        #if canImport(Darwin)
        let time = buffer.st_mtimespec
        #else
        let time = buffer.st_mtim
        #endif
        return Status(isDirectory: type == S_IFDIR, isSymbolicLink: type == S_IFLNK,
                      size: Int(buffer.st_size),
                      modified: Double(time.tv_sec) + Double(time.tv_nsec) / 1_000_000_000,
                      mode: UInt16(buffer.st_mode & 0o7777))
    }

    /// The canonical absolute path (symbolic links resolved), nil when it cannot be resolved.
    static func realPath(_ hostPath: String) -> String? {
        guard let resolved = realpath(hostPath, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func setModified(_ hostPath: String, _ time: Double) throws {
        let seconds = time.rounded(.down)
        let nanoseconds = ((time - seconds) * 1_000_000_000).rounded()
        let stamp = timespec(tv_sec: Int(seconds), tv_nsec: Int(min(nanoseconds, 999_999_999)))
        var times = [stamp, stamp]
        guard utimensat(AT_FDCWD, hostPath, &times, 0) == 0 else { throw error(errno, hostPath) }
    }

    static func writeFile(_ hostPath: String, _ data: Data, append: Bool, typed: String) throws {
        let flags = O_WRONLY | O_CREAT | (append ? O_APPEND : O_TRUNC)
        let descriptor = open(hostPath, flags, 0o644)
        guard descriptor >= 0 else { throw error(errno, typed) }
        defer { close(descriptor) }
        try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw error(errno, typed)
                }
                offset += written
            }
        }
    }

    static func makeDirectory(_ hostPath: String, typed: String) throws {
        guard mkdir(hostPath, 0o755) == 0 else { throw error(errno, typed) }
    }

    static func renameItem(_ from: String, _ to: String, typed: String) throws {
        guard rename(from, to) == 0 else { throw error(errno, typed) }
    }

    static func changeMode(_ hostPath: String, _ mode: UInt16, typed: String) throws {
        guard chmod(hostPath, mode_t(mode)) == 0 else { throw error(errno, typed) }
    }

    /// The `LocalFileError` for an `errno`, about the path as the learner typed it.
    static func error(_ code: Int32, _ typed: String) -> LocalFileError {
        switch code {
        case ENOENT: return LocalFileError.notFound(typed)
        case EISDIR: return LocalFileErrors.isDirectory(typed)
        case ENOTDIR: return LocalFileErrors.notDirectory(typed)
        case EEXIST: return LocalFileErrors.exists(typed)
        case ENOTEMPTY: return LocalFileErrors.notEmpty(typed)
        case EACCES, EPERM: return LocalFileErrors.permissionDenied(typed)
        default: return LocalFileErrors.other(typed, String(cString: strerror(code)))
        }
    }
}
