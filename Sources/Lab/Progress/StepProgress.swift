/// How far a learner got with one step.
public struct StepProgress: Sendable, Codable, Equatable {
    public var completed = false
    public var hintsUsed = 0
    public var solutionRevealed = false
    /// Virtual time of completion.
    public var completedAt: Double?
    public var answer: String?

    public init() {}
}

/// A learner's progress in one lesson: where they are, what they completed, what help they
/// used, and everything they did.
public struct LessonProgress: Sendable, Codable, Equatable {
    public static let formatVersion = 1

    public var format = LessonProgress.formatVersion
    public var lessonId: String
    public var currentStep: Int
    public var steps: [String: StepProgress]
    public var transcript: [TranscriptEntry]

    public init(lessonId: String) {
        self.lessonId = lessonId
        currentStep = 0
        steps = [:]
        transcript = []
    }

    public func step(_ id: String) -> StepProgress { steps[id] ?? StepProgress() }

    public mutating func update(_ id: String, _ change: (inout StepProgress) -> Void) {
        var s = steps[id] ?? StepProgress()
        change(&s)
        steps[id] = s
    }
}
