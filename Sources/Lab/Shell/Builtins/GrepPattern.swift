import Foundation

/// Turns grep patterns (POSIX basic or extended regular expressions, or fixed strings) into
/// one `NSRegularExpression`.
enum GrepPattern {
    struct Options {
        var extended = false
        var fixed = false
        var ignoreCase = false
        var word = false
        var line = false
    }

    static func regex(_ patterns: [String], _ options: Options) throws -> NSRegularExpression {
        let alternatives = patterns.map { pattern -> String in
            if options.fixed { return NSRegularExpression.escapedPattern(for: pattern) }
            return options.extended ? translateExtended(pattern) : translateBasic(pattern)
        }
        var combined = alternatives.map { "(?:\($0))" }.joined(separator: "|")
        if options.word { combined = "(?<![\\w])(?:\(combined))(?![\\w])" }
        if options.line { combined = "^(?:\(combined))$" }
        var flags: NSRegularExpression.Options = []
        if options.ignoreCase { flags.insert(.caseInsensitive) }
        return try NSRegularExpression(pattern: combined, options: flags)
    }

    /// POSIX ERE to ICU: mostly the same; `\<` `\>` become `\b`, bracket expressions are
    /// rewritten.
    static func translateExtended(_ pattern: String) -> String {
        let characters = Array(pattern)
        var output = ""
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "[", let (text, next) = bracketExpression(characters, index) {
                output += text
                index = next
                continue
            }
            if character == "\\", index + 1 < characters.count {
                let next = characters[index + 1]
                output += next == "<" || next == ">" ? "\\b" : "\\\(next)"
                index += 2
                continue
            }
            if character == "{" && !isInterval(characters, index) {
                output += "\\{"
            } else {
                output.append(character)
            }
            index += 1
        }
        return output
    }

    /// POSIX BRE to ICU: `\(` `\)` `\{` `\}` `\|` `\+` `\?` are the operators; the bare
    /// characters are literal; `*` at the start and `^`/`$` away from the ends are literal.
    static func translateBasic(_ pattern: String) -> String {
        let characters = Array(pattern)
        var output = ""
        var index = 0
        var atStart = true
        while index < characters.count {
            let character = characters[index]
            let startHere = atStart
            atStart = false
            switch character {
            case "[":
                if let (text, next) = bracketExpression(characters, index) {
                    output += text
                    index = next
                    continue
                }
                output += "\\["
            case "\\" where index + 1 < characters.count:
                let next = characters[index + 1]
                index += 2
                switch next {
                case "(", "|":
                    output.append(next)
                    atStart = true
                case ")", "{", "}", "+", "?":
                    output.append(next)
                case "<", ">":
                    output += "\\b"
                default:
                    output += "\\\(next)"
                }
                continue
            case "(", ")", "{", "}", "|", "+", "?":
                output += "\\\(character)"
            case "*" where startHere:
                output += "\\*"
            case "^":
                if startHere {
                    output += "^"
                    atStart = true
                } else {
                    output += "\\^"
                }
            case "$":
                var atEnd = index + 1 == characters.count
                if !atEnd, characters[index + 1] == "\\", index + 2 < characters.count,
                   ")|".contains(characters[index + 2]) {
                    atEnd = true
                }
                output += atEnd ? "$" : "\\$"
            default:
                output.append(character)
            }
            index += 1
        }
        return output
    }

    /// A POSIX bracket expression at `start` rewritten for ICU, and the index after it.
    private static func bracketExpression(_ characters: [Character], _ start: Int) -> (String, Int)? {
        var index = start + 1
        var output = "["
        if index < characters.count && characters[index] == "^" {
            output += "^"
            index += 1
        }
        var first = true
        while index < characters.count {
            let character = characters[index]
            if character == "]" && !first { return (output + "]", index + 1) }
            first = false
            if character == "[" && index + 1 < characters.count && ":.=".contains(characters[index + 1]) {
                let kind = characters[index + 1]
                var end = index + 2
                while end + 1 < characters.count && !(characters[end] == kind && characters[end + 1] == "]") { end += 1 }
                guard end + 1 < characters.count else { return nil }
                let name = String(characters[(index + 2)..<end])
                output += kind == ":" ? "[:\(name):]" : NSRegularExpression.escapedPattern(for: name)
                index = end + 2
                continue
            }
            if character == "]" || "\\[&".contains(character) {
                output += "\\\(character)"
            } else {
                output.append(character)
            }
            index += 1
        }
        return nil
    }

    private static func isInterval(_ characters: [Character], _ start: Int) -> Bool {
        var index = start + 1
        var sawDigit = false
        while index < characters.count {
            let character = characters[index]
            if character == "}" { return sawDigit }
            guard character.isNumber || character == "," else { return false }
            if character.isNumber { sawDigit = true }
            index += 1
        }
        return false
    }
}
