/// A POSIX character class (`[:alpha:]`, `[:digit:]`, ...) in the C locale, as `tr`, `grep`
/// and globbing use them.
enum ShellCharacterClass: String, CaseIterable {
    case alnum, alpha, blank, cntrl, digit, graph, lower, print, punct, space, upper, xdigit

    init?(name: String) {
        self.init(rawValue: name)
    }

    /// Whether the class holds a byte.
    func contains(byte: UInt8) -> Bool {
        switch self {
        case .alnum: return ShellCharacterClass.alpha.contains(byte: byte) || ShellCharacterClass.digit.contains(byte: byte)
        case .alpha: return ShellCharacterClass.upper.contains(byte: byte) || ShellCharacterClass.lower.contains(byte: byte)
        case .blank: return byte == 0x20 || byte == 0x09
        case .cntrl: return byte < 0x20 || byte == 0x7F
        case .digit: return (0x30...0x39).contains(byte)
        case .graph: return (0x21...0x7E).contains(byte)
        case .lower: return (0x61...0x7A).contains(byte)
        case .print: return (0x20...0x7E).contains(byte)
        case .punct: return ShellCharacterClass.graph.contains(byte: byte) && !ShellCharacterClass.alnum.contains(byte: byte)
        case .space: return byte == 0x20 || (0x09...0x0D).contains(byte)
        case .upper: return (0x41...0x5A).contains(byte)
        case .xdigit: return ShellCharacterClass.digit.contains(byte: byte) || (0x41...0x46).contains(byte) || (0x61...0x66).contains(byte)
        }
    }

    /// Whether the class holds a character (only ASCII characters belong to a class).
    func contains(_ character: Character) -> Bool {
        guard let ascii = character.asciiValue else { return false }
        return contains(byte: ascii)
    }

    /// The class's bytes in ascending order.
    var bytes: [UInt8] {
        (0...255).map { UInt8($0) }.filter { contains(byte: $0) }
    }
}
