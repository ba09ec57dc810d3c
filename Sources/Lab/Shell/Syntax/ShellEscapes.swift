/// Backslash escapes as `echo -e` and `$'...'` decode them (`\n`, `\t`, `\x41`, octal, ...).
enum ShellEscapes {
    enum Style {
        /// `echo -e` / `printf %b`: octal is `\0nnn`, and `\c` ends all output.
        case echo
        /// `$'...'`: octal is `\nnn`, and `\'` `\"` `\?` stand for themselves.
        case ansiC
    }

    /// The decoded bytes, and whether a `\c` asked to stop all further output.
    static func decode(_ text: String, style: Style) -> (bytes: [UInt8], stop: Bool) {
        let input = Array(text.utf8)
        var output: [UInt8] = []
        var index = 0
        while index < input.count {
            let byte = input[index]
            index += 1
            guard byte == UInt8(ascii: "\\"), index < input.count else {
                output.append(byte)
                continue
            }
            let code = input[index]
            index += 1
            switch code {
            case UInt8(ascii: "a"): output.append(7)
            case UInt8(ascii: "b"): output.append(8)
            case UInt8(ascii: "e"), UInt8(ascii: "E"): output.append(27)
            case UInt8(ascii: "f"): output.append(12)
            case UInt8(ascii: "n"): output.append(10)
            case UInt8(ascii: "r"): output.append(13)
            case UInt8(ascii: "t"): output.append(9)
            case UInt8(ascii: "v"): output.append(11)
            case UInt8(ascii: "\\"): output.append(code)
            case UInt8(ascii: "'") where style == .ansiC,
                 UInt8(ascii: "\"") where style == .ansiC,
                 UInt8(ascii: "?") where style == .ansiC:
                output.append(code)
            case UInt8(ascii: "c") where style == .echo:
                return (output, true)
            case UInt8(ascii: "x"):
                let (value, used) = number(input, from: index, radix: 16, maxDigits: 2)
                if used == 0 {
                    output.append(contentsOf: [UInt8(ascii: "\\"), code])
                } else {
                    output.append(UInt8(truncatingIfNeeded: value))
                    index += used
                }
            case UInt8(ascii: "0")...UInt8(ascii: "7"):
                if style == .echo && code != UInt8(ascii: "0") {
                    output.append(contentsOf: [UInt8(ascii: "\\"), code])
                    continue
                }
                let start = style == .echo ? index : index - 1
                let (value, used) = number(input, from: start, radix: 8, maxDigits: 3)
                output.append(UInt8(truncatingIfNeeded: value))
                index = start + used
            default:
                output.append(contentsOf: [UInt8(ascii: "\\"), code])
            }
        }
        return (output, false)
    }

    /// Up to `maxDigits` digits of `radix` from `start`: the value and how many were used.
    private static func number(_ input: [UInt8], from start: Int, radix: Int, maxDigits: Int) -> (Int, Int) {
        var value = 0
        var used = 0
        while used < maxDigits, start + used < input.count,
              let digit = Int(String(UnicodeScalar(input[start + used])), radix: radix) {
            value = value * radix + digit
            used += 1
        }
        return (value, used)
    }
}
