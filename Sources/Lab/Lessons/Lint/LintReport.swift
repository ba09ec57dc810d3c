/// What `lab lint` found: the lessons read, how many steps it rehearsed, the problems and,
/// with a claim catalogue, the claims no lesson covers.
public struct LintReport: Sendable, Equatable {
    /// The lessons that parsed.
    public var lessons: [Lesson]
    /// Lesson files read (parsed or not).
    public var files: Int
    public var stepsChecked: Int
    public var problems: [LintProblem]
    /// Claims of the catalogue that no lesson lists (empty without a catalogue).
    public var uncoveredClaims: [ClaimCatalogue.Claim]
    /// How many claims the catalogue has (0 without one).
    public var catalogueSize: Int

    public init(lessons: [Lesson] = [], files: Int = 0, stepsChecked: Int = 0, problems: [LintProblem] = [],
                uncoveredClaims: [ClaimCatalogue.Claim] = [], catalogueSize: Int = 0) {
        self.lessons = lessons
        self.files = files
        self.stepsChecked = stepsChecked
        self.problems = problems
        self.uncoveredClaims = uncoveredClaims
        self.catalogueSize = catalogueSize
    }

    /// `N lessons, M steps checked, K problems`.
    public var summary: String {
        "\(Self.count(files, "lesson")), \(Self.count(stepsChecked, "step")) checked, \(Self.count(problems.count, "problem"))"
    }

    private static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}
