import Foundation

/// GNU `date +FORMAT` conversions (`%Y-%m-%dT%H:%M:%SZ`, `%s`, `%F`, ...) in UTC, with the
/// `-` (no padding), `_` (spaces), `0` and `^` (upper case) flags.
enum DateFormat {
    /// GNU date's default: `Thu Jan  1 00:00:00 UTC 2026`.
    static let standard = "%a %b %e %H:%M:%S %Z %Y"

    static func format(_ format: String, _ time: Double) -> String {
        let date = UTCDate(time)
        let characters = Array(format)
        var output = ""
        var index = 0
        while index < characters.count {
            let character = characters[index]
            index += 1
            guard character == "%", index < characters.count else {
                output.append(character)
                continue
            }
            var flag: Character?
            if "-_0^#".contains(characters[index]) {
                flag = characters[index]
                index += 1
            }
            var width: Int?
            while index < characters.count, let digit = characters[index].wholeNumberValue, characters[index].isASCII {
                width = (width ?? 0) * 10 + digit
                index += 1
            }
            var colon = false
            if index < characters.count && characters[index] == ":" {
                colon = true
                index += 1
            }
            guard index < characters.count else {
                output += "%"
                break
            }
            let conversion = characters[index]
            index += 1
            guard let value = convert(conversion, date, colon: colon) else {
                output += "%" + (flag.map(String.init) ?? "") + String(conversion)
                continue
            }
            output += pad(value, flag: flag, width: width)
        }
        return output
    }

    /// A conversion's text and how it pads by default: (text, default width, pad character).
    private struct Converted {
        var text: String
        var width = 0
        var padding: Character = "0"
        var numeric = true
    }

    private static func convert(_ conversion: Character, _ date: UTCDate, colon: Bool) -> Converted? {
        func number(_ value: Int, _ width: Int, _ padding: Character = "0") -> Converted {
            Converted(text: String(value), width: width, padding: padding)
        }
        func text(_ value: String) -> Converted {
            Converted(text: value, numeric: false)
        }
        let hour12 = date.hour % 12 == 0 ? 12 : date.hour % 12
        let dayIndex = date.dayOfYear - 1
        switch conversion {
        case "a": return text(date.weekdayName)
        case "A": return text(UTCDate.fullWeekdayNames[date.weekday])
        case "b", "h": return text(date.monthName)
        case "B": return text(UTCDate.fullMonthNames[date.month - 1])
        case "c": return text(format("%a %b %e %H:%M:%S %Y", Double(date.epochSeconds)))
        case "C": return number(date.year / 100, 2)
        case "d": return number(date.day, 2)
        case "D", "x": return text(format("%m/%d/%y", Double(date.epochSeconds)))
        case "e": return number(date.day, 2, " ")
        case "F": return text(format("%Y-%m-%d", Double(date.epochSeconds)))
        case "G": return number(isoWeek(date).year, 4)
        case "g": return number(isoWeek(date).year % 100, 2)
        case "H": return number(date.hour, 2)
        case "I": return number(hour12, 2)
        case "j": return number(date.dayOfYear, 3)
        case "k": return number(date.hour, 2, " ")
        case "l": return number(hour12, 2, " ")
        case "m": return number(date.month, 2)
        case "M": return number(date.minute, 2)
        case "n": return text("\n")
        case "N": return number(date.nanosecond, 9)
        case "p": return text(date.hour < 12 ? "AM" : "PM")
        case "P": return text(date.hour < 12 ? "am" : "pm")
        case "r": return text(format("%I:%M:%S %p", Double(date.epochSeconds)))
        case "R": return text(format("%H:%M", Double(date.epochSeconds)))
        case "s": return number(date.epochSeconds, 1)
        case "S": return number(date.second, 2)
        case "t": return text("\t")
        case "T", "X": return text(format("%H:%M:%S", Double(date.epochSeconds)))
        case "u": return number(date.weekday == 0 ? 7 : date.weekday, 1)
        case "U": return number((dayIndex + 7 - date.weekday) / 7, 2)
        case "V": return number(isoWeek(date).week, 2)
        case "w": return number(date.weekday, 1)
        case "W": return number((dayIndex + 7 - (date.weekday + 6) % 7) / 7, 2)
        case "y": return number(date.year % 100, 2)
        case "Y": return number(date.year, 1)
        case "z": return text(colon ? "+00:00" : "+0000")
        case "Z": return text("UTC")
        case "%": return text("%")
        default: return nil
        }
    }

    private static func pad(_ value: Converted, flag: Character?, width: Int?) -> String {
        var text = value.text
        if flag == "^" { text = text.uppercased() }
        if flag == "-" { return text }
        let padding: Character = flag == "_" ? " " : (flag == "0" ? "0" : (value.numeric ? value.padding : " "))
        let target = width ?? value.width
        guard text.count < target else { return text }
        return String(repeating: padding, count: target - text.count) + text
    }

    /// The ISO 8601 week number and week-based year.
    private static func isoWeek(_ date: UTCDate) -> (week: Int, year: Int) {
        let isoWeekday = date.weekday == 0 ? 7 : date.weekday
        let week = (date.dayOfYear - isoWeekday + 10) / 7
        if week < 1 { return (weeks(in: date.year - 1), date.year - 1) }
        if week > weeks(in: date.year) { return (1, date.year + 1) }
        return (week, date.year)
    }

    private static func weeks(in year: Int) -> Int {
        func jan1Weekday(_ year: Int) -> Int {
            let y = year - 1
            return (1 + 5 * (y % 4) + 4 * (y % 100) + 6 * (y % 400)) % 7
        }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let first = jan1Weekday(year)
        return first == 4 || (leap && first == 3) ? 53 : 52
    }
}
