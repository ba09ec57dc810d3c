import Foundation

/// One run of `printf`: the arguments left to consume and the problems met.
struct PrintfState {
    let arguments: [String]
    var next = 0
    var problems: [String] = []

    init(arguments: [String]) {
        self.arguments = arguments
    }

    /// Renders the format once; true when `\c` (or `%b` with `\c`) asked to stop.
    mutating func render(_ format: String, into output: inout Data) -> Bool {
        let characters = Array(format)
        var index = 0
        var literal = ""
        func flush(_ output: inout Data) -> Bool {
            let (bytes, stop) = ShellEscapes.decode(literal, style: .ansiC)
            output.append(contentsOf: bytes)
            literal = ""
            return stop
        }
        while index < characters.count {
            let character = characters[index]
            index += 1
            guard character == "%", index < characters.count else {
                literal.append(character)
                continue
            }
            if characters[index] == "%" {
                literal.append("%")
                index += 1
                continue
            }
            if flush(&output) { return true }
            var spec = ""
            while index < characters.count, "-+ #0".contains(characters[index]) {
                spec.append(characters[index])
                index += 1
            }
            for part in 0..<2 {
                if part == 1 {
                    guard index < characters.count, characters[index] == "." else { break }
                    spec.append(".")
                    index += 1
                }
                if index < characters.count && characters[index] == "*" {
                    spec += String(integer(take()))
                    index += 1
                }
                while index < characters.count, characters[index].isASCII, characters[index].isNumber {
                    spec.append(characters[index])
                    index += 1
                }
            }
            guard index < characters.count else {
                literal += "%" + spec
                break
            }
            let conversion = characters[index]
            index += 1
            if conversion == "b" {
                let (bytes, stop) = ShellEscapes.decode(take(), style: .echo)
                output.append(contentsOf: padded(String(decoding: bytes, as: UTF8.self), spec))
                if stop { return true }
                continue
            }
            output.append(contentsOf: convert(conversion, spec).utf8)
        }
        return flush(&output)
    }

    private mutating func convert(_ conversion: Character, _ spec: String) -> String {
        switch conversion {
        case "s":
            return String(decoding: padded(take(), spec), as: UTF8.self)
        case "c":
            return String(decoding: padded(String(take().prefix(1)), spec), as: UTF8.self)
        case "d", "i":
            return String(format: "%\(spec)lld", Int64(integer(take())))
        case "u", "o", "x", "X":
            return String(format: "%\(spec)ll\(conversion)", UInt64(bitPattern: Int64(integer(take()))))
        case "e", "E", "f", "F", "g", "G":
            return String(format: "%\(spec)\(conversion)", floating(take()))
        default:
            problems.append("`\(conversion)': invalid format character")
            return ""
        }
    }

    private mutating func take() -> String {
        guard next < arguments.count else { return "" }
        defer { next += 1 }
        return arguments[next]
    }

    /// `%s` padding: width and precision from the spec (`-10.3`).
    private func padded(_ text: String, _ spec: String) -> Data {
        let left = spec.contains("-")
        let parts = spec.filter { !"-+ #0".contains($0) }.split(separator: ".", omittingEmptySubsequences: false)
        var value = text
        if parts.count > 1, let precision = Int(parts[1]) { value = String(value.prefix(precision)) }
        let width = parts.first.flatMap { Int($0) } ?? 0
        let fill = String(repeating: " ", count: max(0, width - value.count))
        return Data((left ? value + fill : fill + value).utf8)
    }

    private mutating func integer(_ text: String) -> Int {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty { return 0 }
        if let value = Int(trimmed) { return value }
        if trimmed.hasPrefix("0x"), let value = Int(trimmed.dropFirst(2), radix: 16) { return value }
        if let first = trimmed.first, "'\"".contains(first), let scalar = trimmed.dropFirst().unicodeScalars.first {
            return Int(scalar.value)
        }
        problems.append("\(text): invalid number")
        return 0
    }

    private mutating func floating(_ text: String) -> Double {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty { return 0 }
        if let value = Double(trimmed) { return value }
        problems.append("\(text): invalid number")
        return 0
    }
}
