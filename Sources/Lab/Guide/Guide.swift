import AWSCLI
import Engine
import Foundation

/// The guided lab: which lesson the learner is in, their progress, and the `/` verbs.
/// It owns the current session (each lesson has its own cloud and workspace) and checks
/// the current step after every command.
public final class Guide {
    /// How a lesson's session is made: its id, and the cloud to resume (nil for a fresh one).
    public typealias SessionFactory = (_ lessonId: String, _ cloud: Cloud?) throws -> LabSession

    public let catalogue: LessonCatalogue
    public let store: ProgressStore?
    public var style: Style
    public private(set) var session: LabSession
    public private(set) var lesson: Lesson?
    public internal(set) var progress: LessonProgress
    let makeSession: SessionFactory
    var lastCommand: ScriptRecord?
    /// Time the clock moved between commands that the transcript does not show yet.
    var idleNotRecorded: Double = 0
    var stepCommands: [String] = []
    /// Where the learner's current lesson id is remembered between runs.
    let currentFile: String?
    /// Called with each new session (the lab hands it the terminal prompt for `aws configure`).
    public var onSessionChange: ((LabSession) -> Void)?

    /// The lesson id of the free practice area outside any lesson.
    public static let playground = "playground"

    public init(catalogue: LessonCatalogue, store: ProgressStore?, style: Style = .plain,
                makeSession: @escaping SessionFactory) throws {
        self.catalogue = catalogue
        self.store = store
        self.style = style
        self.makeSession = makeSession
        self.currentFile = store.map { ($0.root as NSString).appendingPathComponent("current") }
        session = try makeSession(Guide.playground, nil)
        progress = LessonProgress(lessonId: Guide.playground)
        notices = []
        let remembered = currentFile.flatMap { try? String(contentsOfFile: $0, encoding: .utf8) }?
            .trimmingCharacters(in: .whitespacesAndNewlines)
        _ = try open(remembered.flatMap { catalogue.lesson($0) } != nil ? remembered ?? Guide.playground : Guide.playground,
                     announce: false)
    }

    /// Messages for the learner produced while opening (e.g. a progress file set aside).
    public internal(set) var notices: [String]

    // MARK: - Opening lessons

    /// Opens a lesson (or the playground), resuming its saved progress when there is some.
    @discardableResult
    func open(_ id: String, announce: Bool) throws -> String {
        var text = ""
        var cloud: Cloud?
        var saved: LessonProgress?
        if let store {
            switch store.load(id) {
            case .fresh: break
            case .resumed(let p, let c):
                saved = p
                cloud = c
            case .setAside(let path, let reason):
                let message = "Your saved progress for \(id) could not be used because \(reason); it was moved to \(path) and the lesson starts afresh."
                notices.append(message)
                text += message + "\n"
            }
        }
        let configuration = session.configuration
        session = try makeSession(id, cloud)
        session.configuration = configuration
        onSessionChange?(session)
        lesson = id == Guide.playground ? nil : catalogue.lesson(id)
        progress = saved ?? LessonProgress(lessonId: id)
        lastCommand = nil
        stepCommands = []
        idleNotRecorded = 0
        if let currentFile { try? AtomicFile.write(Data(id.utf8), to: currentFile) }
        if let lesson, saved == nil {
            if let setup = lesson.setup { runSilently(setup) }
            enterStep(0)
        }
        if lesson != nil {
            recordRegionIfChanged()
            save()
        }
        if announce, let lesson {
            text += style.bold("Lesson: \(lesson.title)") + (saved != nil ? " (resumed)" : "") + "\n"
            if saved == nil, !lesson.introduction.isEmpty { text += lesson.introduction.trimmingCharacters(in: .whitespacesAndNewlines) + "\n\n" }
            text += describeCurrentStep()
        }
        return text
    }

    func enterStep(_ index: Int) {
        guard let lesson, lesson.steps.indices.contains(index) else { return }
        progress.currentStep = index
        stepCommands = []
        let step = lesson.steps[index]
        if !progress.step(step.id).completed, let setup = step.setup { runSilently(setup) }
        progress.transcript.append(TranscriptEntry(kind: .step, step: step.id, text: step.id, time: session.cloud.clock.now))
    }

    func runSilently(_ script: LessonScript) {
        ScriptRunner(session: session).run(script.text)
    }

    public var currentStep: LessonStep? {
        guard let lesson, lesson.steps.indices.contains(progress.currentStep) else { return nil }
        return lesson.steps[progress.currentStep]
    }

    /// Step text with the blank lines left where hidden blocks (checks, hints, solutions)
    /// were taken out reduced to one.
    static func collapsingBlankLines(_ text: String) -> String {
        var lines: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let blank = line.allSatisfy { $0 == " " || $0 == "\t" }
            if blank, let last = lines.last, last.isEmpty { continue }
            lines.append(blank ? "" : line)
        }
        return lines.joined(separator: "\n")
    }

    /// The prompt: the lesson and step when in a lesson.
    public var prompt: String {
        guard let lesson else { return "lab $ " }
        return "[\(lesson.id) \(min(progress.currentStep + 1, lesson.steps.count))/\(lesson.steps.count)] $ "
    }

    func save() {
        guard let store else { return }
        do {
            try store.save(progress, cloud: session.cloud)
        } catch {
            notices.append("lab: could not save your progress: \(error)")
        }
    }

    // MARK: - Commands

    /// After a learner's command: record it, check the step, announce completion.
    public func afterCommand(_ record: ScriptRecord) -> String {
        lastCommand = record
        stepCommands.append(record.command)
        let stepId = currentStep?.id ?? Guide.playground
        progress.transcript.append(TranscriptEntry(kind: .command, step: stepId, text: record.command,
                                                   exitCode: record.exitCode, time: session.cloud.clock.now))
        var text = ""
        if let step = currentStep, step.kind == .task, !progress.step(step.id).completed {
            let outcome = evaluate(step, answer: nil)
            if outcome.passed { text = complete(step) }
        }
        save()
        return text
    }

    func evaluate(_ step: LessonStep, answer: String?) -> CheckOutcome {
        let context = CheckContext(session: session, lastCommand: lastCommand, stepCommands: stepCommands, quizAnswer: answer)
        return CheckEvaluator().evaluate(step.check, in: context)
    }

    /// Marks a step done and moves on to the next one not yet done.
    func complete(_ step: LessonStep) -> String {
        guard let lesson else { return "" }
        progress.update(step.id) {
            $0.completed = true
            $0.completedAt = session.cloud.clock.now
        }
        var text = "\n" + style.success("Step complete: \(step.title)") + " (+\(step.points) points)\n"
        if let explanation = step.explanation ?? step.quiz?.explanation {
            text += explanation.trimmingCharacters(in: .whitespacesAndNewlines) + "\n"
        }
        if let next = lesson.steps.indices.first(where: { $0 > progress.currentStep && !progress.step(lesson.steps[$0].id).completed }) {
            enterStep(next)
            text += "\n" + describeCurrentStep()
        } else if lesson.steps.allSatisfy({ progress.step($0.id).completed }) {
            text += "\n" + style.success("Lesson complete: \(lesson.title).") + " \(score) of \(lesson.totalPoints) points. Type /lessons for the next one.\n"
        }
        return text
    }

    var score: Int {
        guard let lesson else { return 0 }
        return lesson.steps.filter { progress.step($0.id).completed }.reduce(0) { $0 + $1.points }
    }

    func describeCurrentStep() -> String {
        guard let lesson, let step = currentStep else { return "" }
        let number = progress.currentStep + 1
        var text = style.bold("Step \(number) of \(lesson.steps.count): \(step.title)")
        if progress.step(step.id).completed { text += " (done)" }
        text += "\n" + Self.collapsingBlankLines(step.text.trimmingCharacters(in: .whitespacesAndNewlines)) + "\n"
        if let quiz = step.quiz {
            text += "\n" + quiz.question + "\n"
            for choice in quiz.choices { text += "  \(choice.key)) \(choice.text)\n" }
            text += quiz.kind == .multiple ? "Answer with /answer and every right letter, e.g. /answer a c\n"
                : quiz.kind == .single ? "Answer with /answer and a letter, e.g. /answer a\n" : "Answer with /answer and your words.\n"
        }
        return text
    }
}
