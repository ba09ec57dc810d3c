/// A `tr` character set (`a-z`, `[:upper:]`, `\n`, `\101`, `[x*4]`) expanded to its bytes
/// in order, as GNU tr reads it in the C locale.
struct TrSet {
    /// Why a set is invalid, worded as GNU tr words it.
    struct Problem: Error {
        var message: String
    }

    private(set) var bytes: [UInt8] = []
    /// `[c*]` in a second set: the index where filler bytes go, and the byte.
    private(set) var filler: (index: Int, byte: UInt8)?

    init(_ text: String, allowRepeat: Bool) throws {
        let input = Array(text.utf8)
        var index = 0
        while index < input.count {
            if input[index] == UInt8(ascii: "["), let (consumed, expansion) = try bracket(input, index, allowRepeat: allowRepeat) {
                index += consumed
                bytes.append(contentsOf: expansion)
                continue
            }
            let (low, lowLength) = Self.character(input, index)
            if index + lowLength + 1 < input.count, input[index + lowLength] == UInt8(ascii: "-") {
                let (high, highLength) = Self.character(input, index + lowLength + 1)
                guard low <= high else {
                    let range = String(decoding: input[index..<(index + lowLength + 1 + highLength)], as: UTF8.self)
                    throw Problem(message: "range-endpoints of '\(range)' are in reverse collating sequence order")
                }
                bytes.append(contentsOf: Array(low...high))
                index += lowLength + 1 + highLength
                continue
            }
            bytes.append(low)
            index += lowLength
        }
    }

    /// The set stretched to `length` bytes: `[c*]` fills, else the last byte repeats.
    func padded(to length: Int) -> [UInt8] {
        var result = bytes
        if let filler, result.count < length {
            result.insert(contentsOf: Array(repeating: filler.byte, count: length - result.count), at: filler.index)
        }
        if let last = result.last, result.count < length {
            result.append(contentsOf: Array(repeating: last, count: length - result.count))
        }
        return result
    }

    /// `[:class:]`, `[=c=]`, `[c*n]` at `start`: bytes consumed and the expansion; nil when
    /// the `[` is an ordinary character.
    private mutating func bracket(_ input: [UInt8], _ start: Int, allowRepeat: Bool) throws -> (Int, [UInt8])? {
        guard start + 1 < input.count else { return nil }
        let rest = String(decoding: input[(start + 1)...], as: UTF8.self)
        if rest.hasPrefix(":"), let close = rest.range(of: ":]") {
            let name = String(rest[rest.index(after: rest.startIndex)..<close.lowerBound])
            guard let characterClass = ShellCharacterClass(name: name) else {
                throw Problem(message: "invalid character class '\(name)'")
            }
            return (rest.utf8.distance(from: rest.startIndex, to: close.upperBound) + 1, characterClass.bytes)
        }
        if rest.hasPrefix("="), input.count > start + 4, input[start + 3] == UInt8(ascii: "="),
           input[start + 4] == UInt8(ascii: "]") {
            return (5, [input[start + 2]])
        }
        let (byte, length) = Self.character(input, start + 1)
        let starIndex = start + 1 + length
        guard starIndex < input.count, input[starIndex] == UInt8(ascii: "*"),
              let close = input[starIndex...].firstIndex(of: UInt8(ascii: "]")) else { return nil }
        let countText = String(decoding: input[(starIndex + 1)..<close], as: UTF8.self)
        guard allowRepeat else {
            throw Problem(message: "the [c*] repeat construct may not appear in string1")
        }
        let consumed = close - start + 1
        if countText.isEmpty || Int(countText, radix: countText.hasPrefix("0") ? 8 : 10) == 0 {
            filler = (bytes.count, byte)
            return (consumed, [])
        }
        guard let count = Int(countText, radix: countText.hasPrefix("0") ? 8 : 10) else {
            throw Problem(message: "invalid repeat count '\(countText)' in [c*n] construct")
        }
        return (consumed, Array(repeating: byte, count: count))
    }

    /// One (possibly escaped) character at `index`: its byte and how many bytes it used.
    private static func character(_ input: [UInt8], _ index: Int) -> (UInt8, Int) {
        guard input[index] == UInt8(ascii: "\\"), index + 1 < input.count else { return (input[index], 1) }
        let code = input[index + 1]
        let simple: [UInt8: UInt8] = [
            UInt8(ascii: "a"): 7, UInt8(ascii: "b"): 8, UInt8(ascii: "f"): 12, UInt8(ascii: "n"): 10,
            UInt8(ascii: "r"): 13, UInt8(ascii: "t"): 9, UInt8(ascii: "v"): 11,
        ]
        if let value = simple[code] { return (value, 2) }
        var value = 0
        var length = 0
        while length < 3, index + 1 + length < input.count,
              (UInt8(ascii: "0")...UInt8(ascii: "7")).contains(input[index + 1 + length]) {
            value = value * 8 + Int(input[index + 1 + length] - UInt8(ascii: "0"))
            length += 1
        }
        if length > 0 && value <= 255 { return (UInt8(value), 1 + length) }
        return (code, 2)
    }
}
