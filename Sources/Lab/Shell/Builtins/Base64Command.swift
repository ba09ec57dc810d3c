import Foundation

/// `base64 [-d] [-i] [-w COLS] [FILE]`: encodes with lines wrapped at 76 columns (`-w 0`:
/// no wrapping) or decodes (`-d`/`--decode`), ignoring newlines; other garbage is an error
/// unless `-i`, as in GNU coreutils.
enum Base64Command {
    static let spec = BuiltinOptionSpec(
        command: "base64", flags: "di", valued: "w",
        long: ["decode": .flag("d"), "ignore-garbage": .flag("i"), "wrap": .value("w")],
        usage: "Usage: base64 [-d] [-i] [-w COLS] [FILE]")

    static func run(_ arguments: [String], _ io: inout ShellIO, _ shell: Shell) -> Int32 {
        var status: Int32 = 0
        guard let options = BuiltinOptions.parse(arguments, spec, io: &io, status: &status) else { return status }
        if options.operands.count > 1 {
            io.error("base64: extra operand \(BuiltinFiles.quote(options.operands[1]))")
            io.error("Try 'base64 --help' for more information.")
            return 1
        }
        var wrap = 76
        if let text = options.value("w") {
            guard let value = Int(text), value >= 0 else {
                io.error("base64: invalid wrap size: \(BuiltinFiles.quote(text))")
                return 1
            }
            wrap = value
        }
        let operand = options.operands.first ?? "-"
        let input: Data
        do {
            input = try BuiltinFiles.read(operand, io: io, shell: shell)
        } catch {
            io.error("base64: \(BuiltinFiles.quoteIfNeeded(operand)): \(BuiltinFiles.reason(error))")
            return 1
        }
        if options.has("d") {
            let (decoded, valid) = decode(input, ignoreGarbage: options.has("i"))
            io.stdout.append(decoded)
            if !valid {
                io.error("base64: invalid input")
                return 1
            }
            return 0
        }
        io.write(encode(input, wrap: wrap))
        return 0
    }

    /// The encoding with a newline after every `wrap` characters and at the end (no newline
    /// at all with `-w 0`, as GNU base64).
    static func encode(_ data: Data, wrap: Int) -> String {
        let encoded = data.base64EncodedString()
        guard !encoded.isEmpty else { return "" }
        guard wrap > 0 else { return encoded }
        var lines: [Substring] = []
        var rest = Substring(encoded)
        while !rest.isEmpty {
            lines.append(rest.prefix(wrap))
            rest = rest.dropFirst(wrap)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Decodes groups of four characters; the bytes decoded before any invalid input, and
    /// whether the input was valid.
    static func decode(_ data: Data, ignoreGarbage: Bool) -> (Data, Bool) {
        var output = Data()
        var group: [UInt8] = []
        for byte in data {
            if byte == 0x0A { continue }
            let value = sextet(byte)
            if value == nil && byte != UInt8(ascii: "=") {
                if ignoreGarbage { continue }
                return (output, false)
            }
            group.append(byte)
            guard group.count == 4 else { continue }
            guard let bytes = decodeGroup(group) else { return (output, false) }
            output.append(contentsOf: bytes)
            group = []
        }
        if group.isEmpty { return (output, true) }
        if group.count >= 2, let bytes = decodeGroup(group + Array(repeating: UInt8(ascii: "="), count: 4 - group.count)) {
            output.append(contentsOf: bytes)
        }
        return (output, false)
    }

    /// The bytes of one group of four characters (`=` padding allowed at its end).
    private static func decodeGroup(_ group: [UInt8]) -> [UInt8]? {
        let padding = group.reversed().prefix { $0 == UInt8(ascii: "=") }.count
        guard padding <= 2 else { return nil }
        let values = group.prefix(4 - padding).compactMap(sextet)
        guard values.count == 4 - padding else { return nil }
        var bits = 0
        for value in values { bits = bits << 6 | Int(value) }
        bits <<= 6 * padding
        let bytes = [UInt8(truncatingIfNeeded: bits >> 16), UInt8(truncatingIfNeeded: bits >> 8), UInt8(truncatingIfNeeded: bits)]
        return Array(bytes.prefix(3 - padding))
    }

    private static func sextet(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return byte - UInt8(ascii: "A")
        case UInt8(ascii: "a")...UInt8(ascii: "z"): return byte - UInt8(ascii: "a") + 26
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0") + 52
        case UInt8(ascii: "+"): return 62
        case UInt8(ascii: "/"): return 63
        default: return nil
        }
    }
}
