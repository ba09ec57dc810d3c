import AWSCLI
import Foundation

/// The listing work of `ls`: reading directories, sorting, and GNU's long format.
struct LsListing {
    let shell: Shell
    let options: BuiltinOptions

    // MARK: Directories

    /// Lists a directory (with its header when asked), then its subdirectories with `-R`.
    func appendDirectory(_ path: String, header: Bool, into blocks: inout [String], status: inout Int32,
                         io: inout ShellIO) {
        let fileSystem = shell.fileSystem
        var names: [String]
        do {
            names = try fileSystem.list(path)
        } catch {
            io.error("ls: cannot open directory \(BuiltinFiles.quote(path)): \(BuiltinFiles.reason(error))")
            status = max(status, 1)
            return
        }
        if !options.has("a") && !options.has("A") { names = names.filter { !$0.hasPrefix(".") } }
        var entries: [LsEntry] = names.compactMap { name in
            let childPath = BuiltinFiles.join(path, name)
            guard let info = try? fileSystem.info(childPath) else { return nil }
            return LsEntry(name: name, path: childPath, info: info)
        }
        if options.has("a") {
            let here = (try? fileSystem.info(path)) ?? LocalFileInfo(size: 4096, modified: shell.now(), isDirectory: true)
            let parent = (try? fileSystem.info(BuiltinFiles.join(path, ".."))) ?? here
            entries.append(LsEntry(name: ".", path: path, info: here))
            entries.append(LsEntry(name: "..", path: BuiltinFiles.join(path, ".."), info: parent))
        }
        entries = sorted(entries)
        var block = header ? "\(path):\n" : ""
        block += render(entries, total: true)
        blocks.append(block)
        guard options.has("R") else { return }
        for entry in entries where entry.info.isDirectory && entry.name != "." && entry.name != ".." {
            appendDirectory(entry.path, header: true, into: &blocks, status: &status, io: &io)
        }
    }

    /// Sorted by name (bytes), or newest first with `-t`; `-r` reverses.
    func sorted(_ entries: [LsEntry]) -> [LsEntry] {
        let byName = entries.sorted { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
        var result = byName
        if options.has("t") {
            result = byName.enumerated().sorted { left, right in
                if left.element.info.modified != right.element.info.modified {
                    return left.element.info.modified > right.element.info.modified
                }
                return left.offset < right.offset
            }.map(\.element)
        }
        return options.has("r") ? result.reversed() : result
    }

    // MARK: Output

    /// Names one per line, or long-format lines (with `total` for a directory's listing).
    func render(_ entries: [LsEntry], total: Bool) -> String {
        guard options.has("l") else { return entries.map { $0.name + "\n" }.joined() }
        let columns = entries.map(longColumns)
        let linkWidth = columns.map(\.links.count).max() ?? 0
        let sizeWidth = columns.map(\.size.count).max() ?? 0
        var text = ""
        if total {
            let blocks = entries.reduce(0) { $0 + Self.kilobytes($1.info) }
            text += "total \(options.has("h") ? Self.human(blocks * 1024) : String(blocks))\n"
        }
        for (entry, column) in zip(entries, columns) {
            text += "\(column.mode) \(pad(column.links, linkWidth)) learner learner \(pad(column.size, sizeWidth)) "
            text += "\(column.date) \(entry.name)\n"
        }
        return text
    }

    private func longColumns(_ entry: LsEntry) -> (mode: String, links: String, size: String, date: String) {
        let info = entry.info
        let defaultMode = info.isDirectory ? WorkspaceModes.directory : WorkspaceModes.file
        let mode = (try? (shell.fileSystem as? any LabWorkspace)?.mode(entry.path)) ?? defaultMode
        var links = 1
        if info.isDirectory {
            let names = (try? shell.fileSystem.list(entry.path)) ?? []
            links = 2 + names.filter { shell.fileSystem.isDirectory(BuiltinFiles.join(entry.path, $0)) }.count
        }
        let size = options.has("h") ? Self.human(info.size) : String(info.size)
        return (Self.modeString(mode, isDirectory: info.isDirectory), String(links), size, date(info.modified))
    }

    private func pad(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }

    /// `Jan  1 00:00` within the last six months, else `Jan  1  2025` (GNU's default).
    private func date(_ time: Double) -> String {
        let parts = UTCDate(time)
        let now = shell.now()
        let recent = time > now - 15_778_476 && time <= now
        let day = parts.day < 10 ? " \(parts.day)" : String(parts.day)
        let tail = recent ? String(format: "%02d:%02d", parts.hour, parts.minute) : " \(parts.year)"
        return "\(parts.monthName) \(day) \(tail)"
    }

    // MARK: Formats

    /// `drwxr-xr-x`, with set-id and sticky bits as `s`/`S` and `t`/`T`.
    static func modeString(_ mode: UInt16, isDirectory: Bool) -> String {
        var text = isDirectory ? "d" : "-"
        let specials: [(UInt16, Character, Character)] = [(0o4000, "s", "S"), (0o2000, "s", "S"), (0o1000, "t", "T")]
        for (group, special) in zip([6, 3, 0] as [UInt16], specials) {
            let bits = (mode >> group) & 0o7
            text.append(bits & 4 != 0 ? "r" : "-")
            text.append(bits & 2 != 0 ? "w" : "-")
            let execute = bits & 1 != 0
            if mode & special.0 != 0 {
                text.append(execute ? special.1 : special.2)
            } else {
                text.append(execute ? "x" : "-")
            }
        }
        return text
    }

    /// Kilobytes allocated, as on a file system with 4 KiB blocks.
    static func kilobytes(_ info: LocalFileInfo) -> Int {
        (info.size + 4095) / 4096 * 4
    }

    /// GNU `-h` sizes: `512`, `4.0K`, `1.5M`, `12K` (rounded up).
    static func human(_ bytes: Int) -> String {
        guard bytes >= 1024 else { return String(bytes) }
        var value = Double(bytes)
        var unit = 0
        let units = ["K", "M", "G", "T", "P"]
        repeat {
            value /= 1024
            unit += 1
        } while value >= 1024 && unit < units.count
        let tenths = (value * 10).rounded(.up) / 10
        if tenths < 10 { return String(format: "%.1f", tenths) + units[unit - 1] }
        return String(Int(value.rounded(.up))) + units[unit - 1]
    }
}
