import Foundation

/// `cat [-n] [FILE]...`: concatenates files (`-` or none: standard input); `-n` numbers the
/// output lines. A missing file or a directory is reported and the others still print.
enum CatCommand {
    static let spec = BuiltinOptionSpec(
        command: "cat", flags: "n", long: ["number": .flag("n")], unsupported: "AbeEsTtuv",
        usage: "Usage: cat [-n] [FILE]...")

    static func run(_ arguments: [String], _ io: inout ShellIO, _ shell: Shell) -> Int32 {
        var status: Int32 = 0
        guard let options = BuiltinOptions.parse(arguments, spec, io: &io, status: &status) else { return status }
        var output = Data()
        for operand in options.operands.isEmpty ? ["-"] : options.operands {
            do {
                output.append(try BuiltinFiles.read(operand, io: io, shell: shell))
            } catch {
                io.error("cat: \(BuiltinFiles.quoteIfNeeded(operand)): \(BuiltinFiles.reason(error))")
                status = 1
            }
        }
        io.stdout.append(options.has("n") ? numbered(output) : output)
        return status
    }

    /// GNU `cat -n`: each line prefixed by its number right-aligned in six columns and a tab.
    private static func numbered(_ data: Data) -> Data {
        var result = Data()
        let lines = data.split(separator: 0x0A, omittingEmptySubsequences: false)
        for (number, line) in lines.enumerated() {
            let isLast = number == lines.count - 1
            if isLast && line.isEmpty { break }
            let label = String(number + 1)
            result.append(contentsOf: (String(repeating: " ", count: max(0, 6 - label.count)) + label + "\t").utf8)
            result.append(line)
            if !isLast { result.append(0x0A) }
        }
        return result
    }
}
