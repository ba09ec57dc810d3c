import Dispatch
import Foundation

/// `lab grade`: replays submissions (plain scripts with the transcript's `#@lab` lines)
/// from a fresh cloud each and scores every step of a lesson, plus the instructor's extra
/// checks. The same submission always gets the same grade. See `GradeReplay` for the rules.
public struct Grader: Sendable {
    public let lesson: Lesson
    /// Instructor-only checks (a lesson file given with `--checks`); their setups are not run.
    public let extraChecks: Lesson?
    public var limits: GradingLimits
    /// The seed of every fresh cloud.
    public var seed: UInt64

    public init(lesson: Lesson, extraChecks: Lesson? = nil, limits: GradingLimits = .standard, seed: UInt64 = 1) {
        self.lesson = lesson
        self.extraChecks = extraChecks
        self.limits = limits
        self.seed = seed
    }

    /// The most points a submission can get.
    public var maxScore: Int { lesson.totalPoints + (extraChecks?.totalPoints ?? 0) }

    /// Grades a submission's text.
    public func grade(text: String, name: String) -> SubmissionGrade {
        var steps = lesson.steps.map {
            GradedStep(step: $0, instructor: false, hintPenalty: lesson.hintPenalty, solutionPenalty: lesson.solutionPenalty)
        }
        if let extra = extraChecks {
            steps += extra.steps.map { GradedStep(step: $0, instructor: true, hintPenalty: 0, solutionPenalty: 0) }
        }
        let replay = GradeReplay(steps: steps, lessonSetup: lesson.setup, lessonId: lesson.id, limits: limits, seed: seed)
        var grade = replay.run(SubmissionParser.parse(text, limits: limits), name: name)
        if grade.commands == 0 {
            grade.notes.insert("the submission runs no commands", at: 0)
        }
        return grade
    }

    /// Grades a submission's bytes: binary data and files over the size limit are refused
    /// with an error.
    public func grade(data: Data, name: String) -> SubmissionGrade {
        if data.count > limits.maxBytes {
            return failed(name, GradingError(.tooLarge, "\(name) is \(data.count) bytes, more than the \(limits.maxBytes) the grader reads"))
        }
        if let zero = data.firstIndex(of: 0) {
            return failed(name, GradingError(.binary, "\(name) is not a text file (a zero byte at offset \(zero - data.startIndex))"))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return failed(name, GradingError(.binary, "\(name) is not UTF-8 text"))
        }
        return grade(text: text, name: name)
    }

    /// Reads and grades one file.
    public func grade(file path: String) -> SubmissionGrade {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        guard let attributes, attributes[.type] as? FileAttributeType != .typeDirectory else {
            return failed(path, .unreadable(path))
        }
        if let size = attributes[.size] as? Int, size > limits.maxBytes {
            return failed(path, GradingError(.tooLarge, "\(path) is \(size) bytes, more than the \(limits.maxBytes) the grader reads"))
        }
        guard let data = FileManager.default.contents(atPath: path) else { return failed(path, .unreadable(path)) }
        return grade(data: data, name: path)
    }

    /// Grades files on all cores; the grades keep the order of `paths`.
    public func grade(files paths: [String]) -> GradeReport {
        let slots = GradeSlots(count: paths.count)
        DispatchQueue.concurrentPerform(iterations: paths.count) { index in
            slots.set(index, grade(file: paths[index]))
        }
        return report(slots.grades(names: paths))
    }

    /// Grades texts (name, text) on all cores; the grades keep the order given.
    public func grade(texts: [(name: String, text: String)]) -> GradeReport {
        let slots = GradeSlots(count: texts.count)
        let items = texts.map { SubmissionText(name: $0.name, text: $0.text) }
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            slots.set(index, grade(text: items[index].text, name: items[index].name))
        }
        return report(slots.grades(names: items.map(\.name)))
    }

    /// A report of grades for this lesson.
    public func report(_ grades: [SubmissionGrade]) -> GradeReport {
        GradeReport(lessonId: lesson.id, lessonTitle: lesson.title, maxScore: maxScore, submissions: grades)
    }

    private func failed(_ name: String, _ error: GradingError) -> SubmissionGrade {
        SubmissionGrade(name: name, error: error)
    }
}

/// A submission's name and text, to hand to other threads.
private struct SubmissionText: Sendable {
    var name: String
    var text: String
}

/// Grades written from several threads, one slot each.
private final class GradeSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [SubmissionGrade?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ grade: SubmissionGrade) {
        lock.lock()
        slots[index] = grade
        lock.unlock()
    }

    func grades(names: [String]) -> [SubmissionGrade] {
        lock.lock()
        defer { lock.unlock() }
        return slots.enumerated().map { index, grade in
            grade ?? SubmissionGrade(name: names[index], error: GradingError(.unreadable, "\(names[index]) was not graded"))
        }
    }
}
