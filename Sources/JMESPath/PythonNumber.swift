import JSONValue

/// Reads numbers from strings the way jmespath.py's `to_number` does: `int(text)` first,
/// then `float(text)`. Surrounding whitespace, a sign, `_` between digits, Unicode decimal
/// digits, and (for floats) `inf`, `infinity` and `nan` are accepted.
enum PythonNumber {
    static func parse(_ text: String) -> Value? {
        let stripped = Array(PythonText.strip(text).unicodeScalars)
        if let digits = integerText(stripped) {
            if let integer = Int(digits) { return .int(integer) }
            return Double(digits).map { .double($0) }
        }
        if let real = floatValue(stripped) { return .double(real) }
        return nil
    }

    /// `[+-]? digits` with single underscores between digits, as ASCII text.
    private static func integerText(_ scalars: [Unicode.Scalar]) -> String? {
        var index = 0
        var out = ""
        if index < scalars.count, scalars[index] == "+" || scalars[index] == "-" {
            if scalars[index] == "-" { out += "-" }
            index += 1
        }
        guard let digits = digitPart(scalars, from: &index), index == scalars.count else { return nil }
        return out + digits
    }

    private static func floatValue(_ scalars: [Unicode.Scalar]) -> Double? {
        var index = 0
        var sign = ""
        if index < scalars.count, scalars[index] == "+" || scalars[index] == "-" {
            if scalars[index] == "-" { sign = "-" }
            index += 1
        }
        let rest = String(String.UnicodeScalarView(scalars[index...])).lowercased()
        switch rest {
        case "inf", "infinity": return sign == "-" ? -.infinity : .infinity
        case "nan": return .nan
        default: break
        }
        var text = sign
        let whole = digitPart(scalars, from: &index)
        text += whole ?? ""
        var fraction: String?
        if index < scalars.count, scalars[index] == "." {
            index += 1
            fraction = digitPart(scalars, from: &index)
            text += "." + (fraction ?? "0")
        }
        guard whole != nil || fraction != nil else { return nil }
        if whole == nil { text = sign + "0" + text.dropFirst(sign.count) }
        if index < scalars.count, scalars[index] == "e" || scalars[index] == "E" {
            index += 1
            text += "e"
            if index < scalars.count, scalars[index] == "+" || scalars[index] == "-" {
                text.unicodeScalars.append(scalars[index])
                index += 1
            }
            guard let exponent = digitPart(scalars, from: &index) else { return nil }
            text += exponent
        }
        guard index == scalars.count else { return nil }
        return Double(text)
    }

    /// Decimal digits with optional single underscores between them, as ASCII digits.
    private static func digitPart(_ scalars: [Unicode.Scalar], from index: inout Int) -> String? {
        var out = ""
        var position = index
        while position < scalars.count {
            if let digit = decimalDigit(scalars[position]) {
                out.unicodeScalars.append(digit)
                position += 1
            } else if scalars[position] == "_", !out.isEmpty, position + 1 < scalars.count,
                decimalDigit(scalars[position + 1]) != nil
            {
                position += 1
            } else {
                break
            }
        }
        guard !out.isEmpty else { return nil }
        index = position
        return out
    }

    /// An ASCII digit for any Unicode decimal digit.
    private static func decimalDigit(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        if scalar.value >= 0x30 && scalar.value <= 0x39 { return scalar }
        guard scalar.value >= 0x80, scalar.properties.numericType == .decimal,
            let value = scalar.properties.numericValue, value >= 0, value <= 9
        else { return nil }
        return Unicode.Scalar(UInt8(48 + Int(value)))
    }
}
