import Foundation

/// `sort [-rnufbs] [-o FILE] [FILE]...`: sorts lines by their bytes (the C locale);
/// `-n` by leading numbers, `-f` ignoring case, `-b` ignoring leading blanks, `-r` reversed,
/// `-u` keeping the first of equal lines. Equal keys fall back to comparing whole lines
/// (unless `-s` or `-u`), as GNU sort does.
enum SortCommand {
    static let spec = BuiltinOptionSpec(
        command: "sort", flags: "rnufbs", valued: "o",
        long: ["reverse": .flag("r"), "numeric-sort": .flag("n"), "unique": .flag("u"),
               "ignore-case": .flag("f"), "ignore-leading-blanks": .flag("b"), "stable": .flag("s"),
               "output": .value("o")],
        unsupported: "cCdghiJkMmRStTVz", usageStatus: 2,
        usage: "Usage: sort [-rnufbs] [-o FILE] [FILE]...")

    static func run(_ arguments: [String], _ io: inout ShellIO, _ shell: Shell) -> Int32 {
        var status: Int32 = 0
        guard let options = BuiltinOptions.parse(arguments, spec, io: &io, status: &status) else { return status }
        var lines: [Data] = []
        for operand in options.operands.isEmpty ? ["-"] : options.operands {
            do {
                lines.append(contentsOf: BuiltinText.lines(try BuiltinFiles.read(operand, io: io, shell: shell)))
            } catch {
                io.error("sort: cannot read: \(BuiltinFiles.quoteIfNeeded(operand)): \(BuiltinFiles.reason(error))")
                return 2
            }
        }
        let sorter = LineOrder(numeric: options.has("n"), foldCase: options.has("f"),
                               ignoreBlanks: options.has("b"), reverse: options.has("r"),
                               lastResort: !options.has("s") && !options.has("u"))
        var sorted = lines.enumerated().sorted { left, right in
            let order = sorter.compare(left.element, right.element)
            return order == 0 ? left.offset < right.offset : order < 0
        }.map(\.element)
        if options.has("u") {
            var unique: [Data] = []
            for line in sorted where unique.last.map({ sorter.compareKeys($0, line) != 0 }) ?? true {
                unique.append(line)
            }
            sorted = unique
        }
        let output = BuiltinText.joined(sorted)
        if let file = options.value("o") {
            do {
                try shell.fileSystem.write(file, output, append: false)
            } catch {
                io.error("sort: open failed: \(BuiltinFiles.quoteIfNeeded(file)): \(BuiltinFiles.reason(error))")
                return 2
            }
        } else {
            io.stdout.append(output)
        }
        return 0
    }
}
