import Collections
import Foundation

/// A JSON syntax error, worded and positioned as Python's `json` module words it (the AWS
/// CLI shows those messages when a parameter holds invalid JSON).
public struct JSONSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    /// Offset in characters (Unicode scalars) from the start of the document.
    public var offset: Int
    public var line: Int
    public var column: Int

    public var description: String { "\(message): line \(line) column \(column) (char \(offset))" }
}

/// An order-preserving JSON parser producing `Value`s.
public struct JSONParser {
    private let scalars: [Unicode.Scalar]
    private var index = 0

    private init(_ text: String) { self.scalars = Array(text.unicodeScalars) }

    /// Parses one JSON document; anything but whitespace after it is an error ("Extra data").
    public static func parse(_ text: String) throws(JSONSyntaxError) -> Value {
        var parser = JSONParser(text)
        parser.skipWhitespace()
        let value = try parser.parseValue()
        parser.skipWhitespace()
        if parser.index < parser.scalars.count { throw parser.error("Extra data") }
        return value
    }

    /// Parses a JSON document from bytes (UTF-8).
    public static func parse(_ data: Data) throws(JSONSyntaxError) -> Value {
        try parse(String(decoding: data, as: UTF8.self))
    }

    private func error(_ message: String, at position: Int? = nil) -> JSONSyntaxError {
        let pos = position ?? index
        var line = 1
        var lastNewline = -1
        var i = 0
        while i < pos && i < scalars.count {
            if scalars[i] == "\n" { line += 1; lastNewline = i }
            i += 1
        }
        return JSONSyntaxError(message: message, offset: pos, line: line, column: pos - lastNewline)
    }

    private mutating func skipWhitespace() {
        while index < scalars.count {
            switch scalars[index] {
            case " ", "\t", "\n", "\r": index += 1
            default: return
            }
        }
    }

    private var current: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

    private mutating func parseValue() throws(JSONSyntaxError) -> Value {
        guard let c = current else { throw error("Expecting value") }
        switch c {
        case "{": return try parseObject()
        case "[": return try parseArray()
        case "\"": return .string(try parseString())
        case "t": return try parseLiteral("true", .bool(true))
        case "f": return try parseLiteral("false", .bool(false))
        case "n": return try parseLiteral("null", .null)
        case "N": return try parseLiteral("NaN", .double(.nan))
        case "I": return try parseLiteral("Infinity", .double(.infinity))
        case "-":
            if index + 1 < scalars.count, scalars[index + 1] == "I" {
                index += 1
                return try parseLiteral("Infinity", .double(-.infinity), start: index - 1)
            }
            return try parseNumber()
        case "0"..."9": return try parseNumber()
        default: throw error("Expecting value")
        }
    }

    private mutating func parseLiteral(_ word: String, _ value: Value, start: Int? = nil) throws(JSONSyntaxError) -> Value {
        let begin = start ?? index
        for s in word.unicodeScalars {
            guard current == s else { throw error("Expecting value", at: begin) }
            index += 1
        }
        return value
    }

    private mutating func parseNumber() throws(JSONSyntaxError) -> Value {
        let start = index
        var isInteger = true
        if current == "-" { index += 1 }
        guard let first = current, ("0"..."9").contains(first) else { throw error("Expecting value", at: start) }
        if first == "0" {
            index += 1
        } else {
            while let c = current, ("0"..."9").contains(c) { index += 1 }
        }
        if current == ".", index + 1 < scalars.count, ("0"..."9").contains(scalars[index + 1]) {
            isInteger = false
            index += 1
            while let c = current, ("0"..."9").contains(c) { index += 1 }
        }
        if current == "e" || current == "E" {
            var probe = index + 1
            if probe < scalars.count, scalars[probe] == "+" || scalars[probe] == "-" { probe += 1 }
            if probe < scalars.count, ("0"..."9").contains(scalars[probe]) {
                isInteger = false
                index = probe
                while let c = current, ("0"..."9").contains(c) { index += 1 }
            }
        }
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars[start..<index])
        if isInteger, let i = Int(text) { return .int(i) }
        return .double(Double(text) ?? 0)
    }

    private mutating func parseString() throws(JSONSyntaxError) -> String {
        let start = index
        index += 1
        var out = String.UnicodeScalarView()
        while true {
            guard let c = current else { throw error("Unterminated string starting at", at: start) }
            if c == "\"" { index += 1; break }
            if c == "\\" {
                let escapeStart = index
                index += 1
                guard let e = current else { throw error("Unterminated string starting at", at: start) }
                index += 1
                switch e {
                case "\"": out.append("\"")
                case "\\": out.append("\\")
                case "/": out.append("/")
                case "b": out.append("\u{8}")
                case "f": out.append("\u{c}")
                case "n": out.append("\n")
                case "r": out.append("\r")
                case "t": out.append("\t")
                case "u":
                    var code = try parseHex4(escapeStart)
                    if (0xD800..<0xDC00).contains(code), current == "\\",
                       index + 1 < scalars.count, scalars[index + 1] == "u" {
                        let save = index
                        index += 2
                        let low = try parseHex4(save)
                        if (0xDC00..<0xE000).contains(low) {
                            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                        } else {
                            index = save
                        }
                    }
                    out.append(Unicode.Scalar(code) ?? "\u{FFFD}")
                default:
                    throw error("Invalid \\escape", at: escapeStart)
                }
                continue
            }
            if c.value < 0x20 { throw error("Invalid control character at") }
            out.append(c)
            index += 1
        }
        return String(out)
    }

    private mutating func parseHex4(_ escapeStart: Int) throws(JSONSyntaxError) -> UInt32 {
        guard index + 4 <= scalars.count else { throw error("Invalid \\uXXXX escape", at: escapeStart) }
        var code: UInt32 = 0
        for _ in 0..<4 {
            guard let digit = hexDigit(scalars[index]) else { throw error("Invalid \\uXXXX escape", at: escapeStart) }
            code = code * 16 + digit
            index += 1
        }
        return code
    }

    private func hexDigit(_ s: Unicode.Scalar) -> UInt32? {
        switch s {
        case "0"..."9": return s.value - 48
        case "a"..."f": return s.value - 87
        case "A"..."F": return s.value - 55
        default: return nil
        }
    }

    private mutating func parseArray() throws(JSONSyntaxError) -> Value {
        index += 1
        var items: [Value] = []
        skipWhitespace()
        if current == "]" { index += 1; return .array(items) }
        while true {
            skipWhitespace()
            items.append(try parseValue())
            skipWhitespace()
            if current == "," { index += 1; continue }
            if current == "]" { index += 1; return .array(items) }
            throw error("Expecting ',' delimiter")
        }
    }

    private mutating func parseObject() throws(JSONSyntaxError) -> Value {
        index += 1
        var members = OrderedDictionary<String, Value>()
        skipWhitespace()
        if current == "}" { index += 1; return .object(members) }
        while true {
            skipWhitespace()
            guard current == "\"" else { throw error("Expecting property name enclosed in double quotes") }
            let key = try parseString()
            skipWhitespace()
            guard current == ":" else { throw error("Expecting ':' delimiter") }
            index += 1
            skipWhitespace()
            members[key] = try parseValue()
            skipWhitespace()
            if current == "," { index += 1; continue }
            if current == "}" { index += 1; return .object(members) }
            throw error("Expecting ',' delimiter")
        }
    }
}
