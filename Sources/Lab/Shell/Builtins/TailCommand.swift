import Foundation

/// `tail [-n N | -N | -n +N | -c N | -c +N] [-qv] [FILE]...`: the last N lines (default
/// 10) or bytes; `+N` starts at line (or byte) N. Following a file (`-f`) is refused.
enum TailCommand {
    static let spec = BuiltinOptionSpec(
        command: "tail", flags: "qv", valued: "nc",
        long: ["lines": .value("n"), "bytes": .value("c"), "quiet": .flag("q"), "silent": .flag("q"),
               "verbose": .flag("v")],
        unsupported: "fFsz", usage: "Usage: tail [-n N | -N | -n +N | -c N] [-qv] [FILE]...")

    static func run(_ arguments: [String], _ io: inout ShellIO, _ shell: Shell) -> Int32 {
        var status: Int32 = 0
        guard let options = BuiltinOptions.parse(HeadTailCount.modernized(arguments), spec, io: &io, status: &status),
              let count = HeadTailCount.parse(options, command: "tail", signCharacter: "+", io: &io) else {
            return status == 0 ? 1 : status
        }
        return HeadTailCount.run("tail", options: options, &io, shell, read: { operand, io in
            try BuiltinFiles.read(operand, io: io, shell: shell)
        }, cut: { tail($0, count) })
    }

    static func tail(_ data: Data, _ count: HeadTailCount) -> Data {
        switch count.unit {
        case .bytes:
            if count.signed { return data.dropFirst(max(0, count.count - 1)) }
            return data.suffix(count.count)
        case .lines:
            let starts = [0] + HeadTailCount.lineStarts(data).filter { $0 < data.count }
            if count.signed {
                let line = max(1, count.count)
                return line - 1 < starts.count ? data.dropFirst(starts[line - 1]) : Data()
            }
            if count.count == 0 { return Data() }
            return count.count >= starts.count ? data : data.dropFirst(starts[starts.count - count.count])
        }
    }
}
