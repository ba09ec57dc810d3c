import Foundation

/// What `head` and `tail` take from their input: lines or bytes, counted from the start or
/// from the end (`head -n -2`, `tail -n +3`).
struct HeadTailCount {
    enum Unit { case lines, bytes }

    var unit: Unit = .lines
    var count = 10
    /// `head -n -N`: all but the last N. `tail -n +N`: starting at the Nth.
    var signed = false

    /// Reads `-n`/`-c` values in the order given; nil (after a GNU message) when one is invalid.
    static func parse(_ options: BuiltinOptions, command: String, signCharacter: Character,
                      io: inout ShellIO) -> HeadTailCount? {
        var result = HeadTailCount()
        for (option, value) in options.given where option == "n" || option == "c" {
            var text = value ?? ""
            result.unit = option == "n" ? .lines : .bytes
            result.signed = false
            if text.first == signCharacter {
                result.signed = true
                text.removeFirst()
            } else if text.first == (signCharacter == "-" ? "+" : "-") {
                text.removeFirst()
            }
            guard let count = BuiltinText.count(text) else {
                let what = option == "n" ? "lines" : "bytes"
                io.error("\(command): invalid number of \(what): \(BuiltinFiles.quote(value ?? ""))")
                return nil
            }
            result.count = count
        }
        return result
    }

    /// Turns the obsolete `-5` form into `-n 5` when it is the first argument.
    static func modernized(_ arguments: [String]) -> [String] {
        guard let first = arguments.first, first.count > 1, first.hasPrefix("-"),
              first.dropFirst().allSatisfy({ $0.isASCII && $0.isNumber }) else { return arguments }
        return ["-n", String(first.dropFirst())] + arguments.dropFirst()
    }

    /// Byte offsets where each line after the first starts (just after every newline).
    static func lineStarts(_ data: Data) -> [Int] {
        var starts: [Int] = []
        for (offset, byte) in data.enumerated() where byte == 0x0A { starts.append(offset + 1) }
        return starts
    }

    /// The part `head` and `tail` share: each operand read (`-` is standard input), its
    /// errors worded as GNU words them, `==> NAME <==` headers, and `cut` applied.
    static func run(_ command: String, options: BuiltinOptions, _ io: inout ShellIO, _ shell: Shell,
                    read: (String, ShellIO) throws -> Data, cut: (Data) -> Data) -> Int32 {
        var status: Int32 = 0
        let operands = options.operands.isEmpty ? ["-"] : options.operands
        let headers = options.has("v") || (operands.count > 1 && !options.has("q"))
        var first = true
        for operand in operands {
            let data: Data
            do {
                data = try read(operand, io)
            } catch {
                let quoted = BuiltinFiles.quote(operand)
                if shell.fileSystem.isDirectory(operand) || WorkspaceDevice(rawValue: operand) != nil {
                    io.error("\(command): error reading \(quoted): \(BuiltinFiles.reason(error))")
                } else {
                    io.error("\(command): cannot open \(quoted) for reading: \(BuiltinFiles.reason(error))")
                }
                status = 1
                continue
            }
            if headers {
                io.write((first ? "" : "\n") + "==> \(operand == "-" ? "standard input" : operand) <==\n")
            }
            first = false
            io.stdout.append(cut(data))
        }
        return status
    }
}
