import Foundation

/// Standard output and error for the executable.
enum Output {
    static func out(_ text: String) { out(Data(text.utf8)) }
    static func out(_ data: Data) { if !data.isEmpty { FileHandle.standardOutput.write(data) } }
    static func error(_ text: String) { error(Data(text.utf8)) }
    static func error(_ data: Data) { if !data.isEmpty { FileHandle.standardError.write(data) } }
}
