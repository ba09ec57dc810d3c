import Foundation

/// `head [-n N | -N | -c N] [-qv] [FILE]...`: the first N lines (default 10) or bytes; a
/// negative N keeps all but the last N. `head -c N /dev/zero` gives N zero bytes.
enum HeadCommand {
    static let spec = BuiltinOptionSpec(
        command: "head", flags: "qv", valued: "nc",
        long: ["lines": .value("n"), "bytes": .value("c"), "quiet": .flag("q"), "silent": .flag("q"),
               "verbose": .flag("v")],
        unsupported: "z", usage: "Usage: head [-n N | -N | -c N] [-qv] [FILE]...")

    static func run(_ arguments: [String], _ io: inout ShellIO, _ shell: Shell) -> Int32 {
        var status: Int32 = 0
        guard let options = BuiltinOptions.parse(HeadTailCount.modernized(arguments), spec, io: &io, status: &status),
              let count = HeadTailCount.parse(options, command: "head", signCharacter: "-", io: &io) else {
            return status == 0 ? 1 : status
        }
        return HeadTailCount.run("head", options: options, &io, shell, read: { operand, io in
            if operand == "-" { return io.stdin }
            // `head -c N` reads only N bytes (so `head -c N /dev/zero` ends).
            if count.unit == .bytes && !count.signed { return try shell.fileSystem.read(operand, limit: count.count) }
            return try shell.fileSystem.read(operand)
        }, cut: { head($0, count) })
    }

    static func head(_ data: Data, _ count: HeadTailCount) -> Data {
        switch count.unit {
        case .bytes:
            let end = count.signed ? max(0, data.count - count.count) : min(data.count, count.count)
            return data.prefix(end)
        case .lines:
            let starts = HeadTailCount.lineStarts(data)
            if !count.signed {
                if count.count == 0 { return Data() }
                return count.count <= starts.count ? data.prefix(starts[count.count - 1]) : data
            }
            // All but the last N lines; a last line without a newline counts.
            var lineCount = starts.count
            if let last = data.last, last != 0x0A { lineCount += 1 }
            let keep = lineCount - count.count
            if keep <= 0 { return Data() }
            return keep - 1 < starts.count ? data.prefix(starts[keep - 1]) : data
        }
    }
}
