import Foundation

/// How `sort` compares two lines: by key (numeric, case-folded, blanks skipped), reversed
/// when asked, then by the whole line's bytes as a last resort.
struct LineOrder {
    var numeric: Bool
    var foldCase: Bool
    var ignoreBlanks: Bool
    var reverse: Bool
    var lastResort: Bool

    /// Negative, zero or positive, like `memcmp`.
    func compare(_ left: Data, _ right: Data) -> Int {
        var order = compareKeys(left, right)
        if order == 0 && lastResort { order = Self.bytes(Array(left), Array(right)) * (reverse ? -1 : 1) }
        return order
    }

    /// The comparison of the keys alone (what `-u` uses to find duplicates).
    func compareKeys(_ left: Data, _ right: Data) -> Int {
        var leftKey = Array(left)
        var rightKey = Array(right)
        if ignoreBlanks || numeric {
            leftKey = Array(leftKey.drop { $0 == 0x20 || $0 == 0x09 })
            rightKey = Array(rightKey.drop { $0 == 0x20 || $0 == 0x09 })
        }
        let order: Int
        if numeric {
            let (a, b) = (Self.number(leftKey), Self.number(rightKey))
            order = a < b ? -1 : (a > b ? 1 : 0)
        } else {
            if foldCase {
                leftKey = leftKey.map(Self.upper)
                rightKey = rightKey.map(Self.upper)
            }
            order = Self.bytes(leftKey, rightKey)
        }
        return reverse ? -order : order
    }

    private static func upper(_ byte: UInt8) -> UInt8 {
        (0x61...0x7A).contains(byte) ? byte - 0x20 : byte
    }

    private static func bytes(_ left: [UInt8], _ right: [UInt8]) -> Int {
        if left.lexicographicallyPrecedes(right) { return -1 }
        return left == right ? 0 : 1
    }

    /// The leading number of a key (`-3.5abc` → -3.5); no number is 0.
    private static func number(_ key: [UInt8]) -> Double {
        var text = ""
        var index = 0
        if index < key.count && key[index] == UInt8(ascii: "-") {
            text = "-"
            index += 1
        }
        var sawDot = false
        while index < key.count {
            let byte = key[index]
            if (0x30...0x39).contains(byte) {
                text.append(Character(UnicodeScalar(byte)))
            } else if byte == UInt8(ascii: ".") && !sawDot {
                sawDot = true
                text.append(".")
            } else {
                break
            }
            index += 1
        }
        return Double(text) ?? (text.hasPrefix("-") ? Double("-0" + text.dropFirst()) ?? 0 : Double("0" + text) ?? 0)
    }
}
