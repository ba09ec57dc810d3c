import CEditLine
import Foundation

/// Line editing with libedit: emacs keys, history kept in a file across sessions, Ctrl-C
/// cancels the line being typed, Ctrl-D on an empty line ends input.
public final class EditLineReader: LineReader {
    private let editLine: OpaquePointer
    private let history: OpaquePointer
    private let historyPath: String?
    /// The prompt libedit shows; a C string kept alive for libedit's callback.
    private var promptStorage: UnsafeMutablePointer<CChar>?
    /// Completion of the word before the cursor: (line before the cursor) → candidates.
    public var completer: ((String) -> [String])?

    /// nil when libedit cannot start (no terminal): use `PlainLineReader` then.
    public init?(historyPath: String?) {
        guard let el = cel_init("lab"), let h = cel_history_init(1000) else { return nil }
        editLine = el
        history = h
        self.historyPath = historyPath
        cel_set_editor_emacs(el)
        cel_set_history(el, h)
        cel_set_signal(el, 1)
        cel_set_clientdata(el, Unmanaged.passUnretained(self).toOpaque())
        cel_set_prompt(el) { el in
            guard let el, let data = cel_get_clientdata(el) else { return nil }
            let reader = Unmanaged<EditLineReader>.fromOpaque(data).takeUnretainedValue()
            return reader.promptStorage
        }
        cel_set_complete(el) { el, _ in
            guard let el, let data = cel_get_clientdata(el) else { return UInt8(CC_ERROR) }
            let reader = Unmanaged<EditLineReader>.fromOpaque(data).takeUnretainedValue()
            return reader.complete(el)
        }
        if let historyPath { _ = cel_history_load(h, historyPath) }
        cel_install_sigint()
    }

    deinit {
        free(promptStorage)
        el_end(editLine)
        history_end(history)
    }

    public func readLine(prompt: String, interrupted: inout Bool) -> String? {
        free(promptStorage)
        promptStorage = strdup(prompt)
        interrupted = false
        _ = cel_take_sigint()
        var count: Int32 = 0
        guard let raw = el_gets(editLine, &count) else {
            if cel_take_sigint() != 0 || errno == EINTR {
                interrupted = true
                FileHandle.standardOutput.write(Data("^C\n".utf8))
                return ""
            }
            return nil
        }
        if cel_take_sigint() != 0 {
            interrupted = true
            return ""
        }
        var line = String(cString: raw)
        if line.hasSuffix("\n") { line.removeLast() }
        return line
    }

    public func remember(_ line: String) {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return }
        cel_history_enter(history, line)
    }

    public func close() {
        if let historyPath { _ = cel_history_save(history, historyPath) }
    }

    /// Completes the word before the cursor with the completer's candidates: one candidate
    /// is inserted, several are listed and their common prefix inserted.
    private func complete(_ el: OpaquePointer) -> UInt8 {
        guard let completer, let info = el_line(el) else { return UInt8(CC_ERROR) }
        let start = info.pointee.buffer
        let cursor = info.pointee.cursor
        guard let start, let cursor else { return UInt8(CC_ERROR) }
        let length = cursor - start
        let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(start).assumingMemoryBound(to: UInt8.self), count: length)
        let before = String(decoding: bytes, as: UTF8.self)
        let word = String(before.split(separator: " ", omittingEmptySubsequences: false).last ?? "")
        let candidates = completer(before)
        guard !candidates.isEmpty else { return UInt8(CC_REFRESH_BEEP) }
        let common = candidates.dropFirst().reduce(candidates[0]) { prefix, c in
            String(zip(prefix, c).prefix { $0 == $1 }.map(\.0))
        }
        var insertion = common.count > word.count ? String(common.dropFirst(word.count)) : ""
        if candidates.count == 1 && !common.hasSuffix("/") { insertion += " " }
        if !insertion.isEmpty {
            _ = el_insertstr(el, insertion)
        }
        if candidates.count > 1 && insertion.isEmpty {
            let listing = "\n" + candidates.joined(separator: "  ") + "\n"
            FileHandle.standardOutput.write(Data(listing.utf8))
            return UInt8(CC_REDISPLAY)
        }
        return UInt8(CC_REFRESH)
    }
}
