import Foundation

/// Line handling shared by the text builtins: lines end with `\n`; a last line without one
/// still counts as a line.
enum BuiltinText {
    /// The lines of a buffer without their newlines.
    static func lines(_ data: Data) -> [Data] {
        var lines = data.split(separator: 0x0A, omittingEmptySubsequences: false)
        if data.last == 0x0A || data.isEmpty { lines.removeLast() }
        return lines.map { Data($0) }
    }

    /// Joins lines, ending each with a newline.
    static func joined(_ lines: [Data]) -> Data {
        var output = Data()
        for line in lines {
            output.append(line)
            output.append(0x0A)
        }
        return output
    }

    /// Parses a count with GNU's optional suffixes (`10`, `1K`, `2M`, `1kB`, `512b`).
    static func count(_ text: String) -> Int? {
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, let value = Int(digits) else { return nil }
        let multipliers: [String: Int] = [
            "": 1, "b": 512, "K": 1024, "KiB": 1024, "kB": 1000, "M": 1 << 20, "MiB": 1 << 20,
            "MB": 1_000_000, "G": 1 << 30, "GiB": 1 << 30, "GB": 1_000_000_000,
        ]
        guard let multiplier = multipliers[String(text.dropFirst(digits.count))] else { return nil }
        let (product, overflow) = value.multipliedReportingOverflow(by: multiplier)
        return overflow ? nil : product
    }
}
