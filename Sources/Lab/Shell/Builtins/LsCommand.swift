import AWSCLI
import Foundation

/// `ls [-alRAdrth1] [FILE]...` as GNU ls writing to a pipe (the lab's output is never a
/// terminal): one name per line, files before directories, a `dir:` header when several
/// operands are listed or with `-R`; `-l` gives GNU's long format with sizes, modes and
/// modification times from the workspace (times in UTC; owner and group shown as `learner`).
/// Names sort by their bytes (the C locale).
enum LsCommand {
    static let spec = BuiltinOptionSpec(
        command: "ls", flags: "alRAdrth1",
        long: ["all": .flag("a"), "almost-all": .flag("A"), "recursive": .flag("R"), "directory": .flag("d"),
               "reverse": .flag("r"), "human-readable": .flag("h")],
        unsupported: "bBcCfFgGiIkLmnNopqQsSuUvwxXZ", usageStatus: 2,
        usage: "Usage: ls [-alRAdrth1] [FILE]...")

    static func run(_ arguments: [String], _ io: inout ShellIO, _ shell: Shell) -> Int32 {
        var status: Int32 = 0
        guard let options = BuiltinOptions.parse(arguments, spec, io: &io, status: &status) else { return status }
        let listing = LsListing(shell: shell, options: options)
        let operands = options.operands.isEmpty ? ["."] : options.operands
        var files: [LsEntry] = []
        var directories: [LsEntry] = []
        for operand in operands {
            do {
                guard let info = try shell.fileSystem.info(operand) else {
                    throw LocalFileError.notFound(operand)
                }
                let entry = LsEntry(name: operand, path: operand, info: info)
                if info.isDirectory && !options.has("d") { directories.append(entry) } else { files.append(entry) }
            } catch {
                io.error("ls: cannot access \(BuiltinFiles.quote(operand)): \(BuiltinFiles.reason(error))")
                status = 2
            }
        }
        var blocks: [String] = []
        if !files.isEmpty { blocks.append(listing.render(listing.sorted(files), total: false)) }
        let showHeaders = operands.count > 1 || options.has("R")
        for directory in listing.sorted(directories) {
            listing.appendDirectory(directory.path, header: showHeaders, into: &blocks, status: &status, io: &io)
        }
        io.write(blocks.joined(separator: "\n"))
        return status
    }
}
