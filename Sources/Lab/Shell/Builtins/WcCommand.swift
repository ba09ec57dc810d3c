import Foundation

/// `wc [-clmwL] [FILE]...`: newline, word and byte counts (default), in that order, with
/// GNU's column width: one count of one input is printed bare; otherwise columns are as
/// wide as the total size of the files, and at least 7 when standard input is read.
enum WcCommand {
    static let spec = BuiltinOptionSpec(
        command: "wc", flags: "clmwL",
        long: ["bytes": .flag("c"), "lines": .flag("l"), "words": .flag("w"), "chars": .flag("m"),
               "max-line-length": .flag("L")],
        usage: "Usage: wc [-clmwL] [FILE]...")

    private struct Counts {
        var lines = 0, words = 0, characters = 0, bytes = 0, longest = 0

        mutating func add(_ other: Counts) {
            lines += other.lines
            words += other.words
            characters += other.characters
            bytes += other.bytes
            longest = max(longest, other.longest)
        }
    }

    static func run(_ arguments: [String], _ io: inout ShellIO, _ shell: Shell) -> Int32 {
        var status: Int32 = 0
        guard let options = BuiltinOptions.parse(arguments, spec, io: &io, status: &status) else { return status }
        var selected = "lwmcL".filter { options.has($0) }
        if selected.isEmpty { selected = "lwc" }
        let operands = options.operands.isEmpty ? [nil] : options.operands.map { Optional($0) }
        var results: [(name: String?, counts: Counts)] = []
        var readsStandardInput = false
        var regularTotal = 0
        for operand in operands {
            do {
                let data = try BuiltinFiles.read(operand ?? "-", io: io, shell: shell)
                if operand == nil || operand == "-" { readsStandardInput = true } else { regularTotal += data.count }
                results.append((operand, count(data)))
            } catch {
                io.error("wc: \(BuiltinFiles.quoteIfNeeded(operand ?? "-")): \(BuiltinFiles.reason(error))")
                status = 1
            }
        }
        var width = 1
        if !(operands.count == 1 && selected.count == 1) {
            width = String(regularTotal).count
            if readsStandardInput { width = max(width, 7) }
        }
        var total = Counts()
        for result in results {
            total.add(result.counts)
            io.write(line(result.counts, selected, width: width, name: result.name))
        }
        if operands.count > 1 { io.write(line(total, selected, width: width, name: "total")) }
        return status
    }

    private static func line(_ counts: Counts, _ selected: String, width: Int, name: String?) -> String {
        let values = selected.map { option -> Int in
            switch option {
            case "l": return counts.lines
            case "w": return counts.words
            case "m": return counts.characters
            case "c": return counts.bytes
            default: return counts.longest
            }
        }
        var fields = values.map { value -> String in
            let text = String(value)
            return String(repeating: " ", count: max(0, width - text.count)) + text
        }
        if let name { fields.append(name) }
        return fields.joined(separator: " ") + "\n"
    }

    private static func count(_ data: Data) -> Counts {
        var counts = Counts()
        counts.bytes = data.count
        var inWord = false
        var column = 0
        for byte in data {
            if byte & 0xC0 != 0x80 { counts.characters += 1 }
            switch byte {
            case 0x0A:
                counts.lines += 1
                counts.longest = max(counts.longest, column)
                column = 0
            case 0x09:
                column = (column / 8 + 1) * 8
            default:
                if byte & 0xC0 != 0x80 && byte >= 0x20 { column += 1 }
            }
            let isSpace = byte == 0x20 || (0x09...0x0D).contains(byte)
            if isSpace {
                inWord = false
            } else if !inWord {
                inWord = true
                counts.words += 1
            }
        }
        counts.longest = max(counts.longest, column)
        return counts
    }
}
