import Foundation

/// Sizes as `aws s3 ls --human-readable` prints them: `1 Byte`, `10 Bytes`, `1.0 KiB`,
/// `4.5 MiB` (powers of 1024, one decimal, Python's rounding).
enum HumanReadableSize {
    private static let suffixes = ["KiB", "MiB", "GiB", "TiB", "PiB", "EiB"]

    static func format(_ size: Int) -> String {
        let bytes = Double(size)
        if bytes == 1 { return "1 Byte" }
        if bytes < 1024 { return "\(size) Bytes" }
        for (i, suffix) in suffixes.enumerated() {
            let unit = pow(1024.0, Double(i + 2))
            if ((bytes / unit) * 1024).rounded(.toNearestOrEven) < 1024 {
                return String(format: "%.1f", 1024 * bytes / unit) + " " + suffix
            }
        }
        return String(format: "%.1f", bytes / pow(1024.0, 6)) + " EiB"
    }
}
