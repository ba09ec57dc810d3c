import Foundation

/// The claims of `notes-claims.md`: every table row whose first cell is an id such as
/// `CLI-S3-6` or `SQS-22`.
public struct ClaimCatalogue: Sendable, Equatable {
    /// One catalogued claim.
    public struct Claim: Sendable, Equatable, Hashable {
        public var id: String
        /// What the notes say (the row's second cell).
        public var text: String
        public var line: Int

        public init(id: String, text: String, line: Int) {
            self.id = id
            self.text = text
            self.line = line
        }
    }

    public var claims: [Claim]

    public init(claims: [Claim]) { self.claims = claims }

    /// Reads the rows `| ID | text | ...` of a Markdown catalogue.
    public static func parse(_ text: String) -> ClaimCatalogue {
        var claims: [Claim] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard line.hasPrefix("|") else { continue }
            let cells = line.dropFirst().split(separator: "|", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard let id = cells.first, isClaimId(id) else { continue }
            claims.append(Claim(id: id, text: cells.count > 1 ? cells[1] : "", line: index + 1))
        }
        return ClaimCatalogue(claims: claims)
    }

    public var ids: Set<String> { Set(claims.map(\.id)) }

    /// Claims that none of the lessons lists in its `claims`.
    public func uncovered(by lessons: [Lesson]) -> [Claim] {
        let covered = Set(lessons.flatMap(\.claims))
        return claims.filter { !covered.contains($0.id) }
    }

    /// `CLI-S3-6`, `SQS-22`: upper-case words joined by hyphens, ending in a number.
    static func isClaimId(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count >= 2, let last = parts.last, !last.isEmpty, last.allSatisfy(\.isNumber) else { return false }
        return parts.dropLast().allSatisfy { part in
            guard let first = part.first, first.isUppercase, first.isASCII else { return false }
            return part.allSatisfy { $0.isASCII && ($0.isUppercase || $0.isNumber) }
        }
    }
}
