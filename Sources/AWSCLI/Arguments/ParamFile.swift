import Foundation
import JSONValue

/// `file://` and `fileb://` parameter values: the CLI replaces them by the file's text or
/// bytes (AWS CLI v2 no longer fetches `http://` URLs).
public enum ParamFile {
    public enum Contents: Sendable, Equatable {
        case text(String)
        case bytes(Data)
    }

    /// The file's contents when `value` is a `file://` or `fileb://` reference, else nil.
    public static func load(_ value: String, cliName: String, fileSystem: any LocalFileSystem) throws(CLIError) -> Contents? {
        let binary: Bool
        let path: String
        if value.hasPrefix("fileb://") {
            binary = true
            path = String(value.dropFirst(8))
        } else if value.hasPrefix("file://") {
            binary = false
            path = String(value.dropFirst(7))
        } else {
            return nil
        }
        do {
            let data = try fileSystem.read(expandHome(path))
            if binary { return .bytes(data) }
            guard let text = String(data: data, encoding: .utf8) else {
                throw CLIError.parsingParameter(cliName, "Unable to load paramfile \(value): 'utf-8' codec can't decode the file; use fileb:// for binary files")
            }
            return .text(text)
        } catch let error as CLIError {
            throw error
        } catch let error as LocalFileError {
            if error.kind == .outsideWorkspace {
                throw CLIError.parsingParameter(cliName, "Unable to load paramfile \(value): \(error.message)")
            }
            throw CLIError.parsingParameter(cliName, "Unable to load paramfile \(value): [Errno 2] No such file or directory: '\(path)'")
        } catch {
            throw CLIError.parsingParameter(cliName, "Unable to load paramfile \(value): \(error)")
        }
    }

    /// `~/x` means the workspace's `x` in the lab (the learner's home is their workspace).
    static func expandHome(_ path: String) -> String {
        if path == "~" { return "." }
        if path.hasPrefix("~/") { return String(path.dropFirst(2)) }
        return path
    }

    /// Loader for shorthand `@=` values.
    public static func shorthandLoader(cliName: String, fileSystem: any LocalFileSystem) -> (String) throws -> Value {
        { (value: String) throws -> Value in
            switch try load(value, cliName: cliName, fileSystem: fileSystem) {
            case .text(let s): return .string(s)
            case .bytes(let d): return .blob(d)
            case nil: return .string(value)
            }
        }
    }
}
