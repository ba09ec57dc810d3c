import Foundation

/// Timestamps as the AWS CLI reads and prints them.
public enum Timestamp {
    /// Parses what the CLI accepts for a timestamp parameter: epoch seconds or ISO 8601
    /// (`2026-01-01`, `2026-01-01T10:00:00`, with `Z`, an offset, or fractional seconds).
    public static func parse(_ text: String) -> Double? {
        let s = text.trimmingCharacters(in: .whitespaces)
        if let d = Double(s) { return d }
        let pattern = #"^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2}|UTC)?$"#
        guard let regex = try? NSRegularExpression(pattern: pattern),
              let m = regex.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)) else { return nil }
        func group(_ i: Int) -> String? {
            guard let r = Range(m.range(at: i), in: s) else { return nil }
            return String(s[r])
        }
        var components = DateComponents()
        components.year = Int(group(1) ?? "")
        components.month = Int(group(2) ?? "")
        components.day = Int(group(3) ?? "")
        components.hour = Int(group(4) ?? "0")
        components.minute = Int(group(5) ?? "0")
        components.second = Int(group(6) ?? "0")
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        guard let date = calendar.date(from: components) else { return nil }
        var seconds = date.timeIntervalSince1970
        if let fraction = group(7), let f = Double("0" + fraction) { seconds += f }
        if let zone = group(8), zone != "Z", zone != "UTC" {
            let sign: Double = zone.hasPrefix("-") ? -1 : 1
            let digits = zone.dropFirst().replacingOccurrences(of: ":", with: "")
            let hours = Double(digits.prefix(2)) ?? 0
            let minutes = Double(digits.dropFirst(2)) ?? 0
            seconds -= sign * (hours * 3600 + minutes * 60)
        }
        return seconds
    }

    /// ISO 8601 as AWS CLI v2 prints timestamps: `2026-01-01T10:00:00+00:00`, with
    /// microseconds when the time has a fraction (`...:00.123000+00:00`).
    public static func iso8601(_ seconds: Double) -> String {
        let whole = seconds.rounded(.down)
        let micros = Int(((seconds - whole) * 1_000_000).rounded())
        let date = Date(timeIntervalSince1970: whole)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        var text = String(format: "%04d-%02d-%02dT%02d:%02d:%02d", c.year ?? 1970, c.month ?? 1, c.day ?? 1,
                          c.hour ?? 0, c.minute ?? 0, c.second ?? 0)
        if micros > 0 && micros < 1_000_000 { text += String(format: ".%06d", micros) }
        return text + "+00:00"
    }
}
