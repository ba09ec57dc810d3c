import AWSCLI
import Engine
import Foundation

/// The learner's `/` verbs. They start with `/` so they cannot be mistaken for shell or
/// `aws` commands.
extension Guide {
    public static let verbs = ["/help", "/lessons", "/start", "/step", "/check", "/hint", "/solution", "/next",
                               "/prev", "/reset", "/status", "/answer", "/transcript", "/leave", "/fault", "/wait"]

    public static let verbHelp = """
        Lesson verbs (they start with / so they are never taken for commands):
          /lessons              the lessons, with your progress
          /start ID             start (or resume) a lesson
          /step                 show the current step again
          /check                check the current step now (it is also checked after every command)
          /hint                 the next hint for this step (hints are counted)
          /solution yes         show this step's solution (recorded in your transcript)
          /next, /prev          move to the next or previous step
          /reset step yes       set the current step back (its progress only)
          /reset lesson yes     start the lesson again from a fresh cloud and workspace
          /status               where you are and your points
          /answer ...           answer a quiz step: /answer b, /answer a c, or /answer some words
          /transcript FILE      write what you did as a script (lab run replays it, lab grade grades it)
          /leave                leave the lesson (your progress is kept) for the free practice area
          /wait SECONDS         move the lab's clock forward (like sleep)
          /fault sqs-duplicate QUEUE [N]
                                make a server of a standard queue fail so that the next N deleted
                                messages come back once more (SQS delivers at least once); QUEUE
                                is the queue's URL, its name, or a variable such as $Q

        """

    /// Whether a line is a lab verb.
    public static func isVerb(_ line: String) -> Bool {
        line.trimmingCharacters(in: .whitespaces).hasPrefix("/")
    }

    /// Carries out a verb; returns (text for stdout, text for stderr).
    public func verb(_ line: String) -> (String, String) {
        let words = line.trimmingCharacters(in: .whitespaces).split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard let name = words.first else { return ("", "") }
        let args = Array(words.dropFirst())
        switch name {
        case "/help": return (Self.verbHelp, "")
        case "/lessons": return (lessonList(), "")
        case "/start": return start(args)
        case "/step": return lesson == nil ? ("", noLesson) : (describeCurrentStep(), "")
        case "/check": return check()
        case "/hint": return hint()
        case "/solution": return solution(args)
        case "/next": return move(by: 1)
        case "/prev": return move(by: -1)
        case "/reset": return reset(args)
        case "/status": return (status(), "")
        case "/answer": return answer(args.joined(separator: " "))
        case "/transcript": return transcript(args)
        case "/leave": return leave()
        case "/fault": return fault(args)
        case "/wait": return wait(args)
        default:
            let suggestion = CloseMatches.find(name, in: Self.verbs, n: 1, cutoff: 0.6).first.map { " Did you mean \($0)?" } ?? ""
            return ("", "lab: \(name) is not a lab verb.\(suggestion) Type /help for the list.\n")
        }
    }

    var noLesson: String { "lab: you are not in a lesson. Type /lessons to see them and /start ID to begin.\n" }

    func lessonList() -> String {
        var text = style.bold("Lessons") + "\n"
        let saved = store?.all() ?? [:]
        let width = catalogue.lessons.map(\.id.count).max() ?? 0
        for l in catalogue.lessons {
            let p = l.id == progress.lessonId ? progress : saved[l.id]
            let done = l.steps.filter { p?.step($0.id).completed ?? false }.count
            let state = done == l.steps.count ? "completed" : done > 0 ? "\(done)/\(l.steps.count) steps" : "not started"
            let current = l.id == lesson?.id ? "  <- current" : ""
            text += "  \(l.id.padding(toLength: width, withPad: " ", startingAt: 0)) \(l.title) (\(l.minutes.map { "\($0) min, " } ?? "")\(state))\(current)\n"
        }
        text += "Start one with /start ID.\n"
        return text
    }

    func start(_ args: [String]) -> (String, String) {
        guard let id = args.first else { return ("", "lab: /start needs a lesson id; /lessons lists them.\n") }
        guard catalogue.lesson(id) != nil else {
            return ("", "lab: there is no lesson \(id). /lessons lists them.\n")
        }
        do {
            return (try open(id, announce: true), "")
        } catch {
            return ("", "lab: could not open \(id): \(error)\n")
        }
    }

    func leave() -> (String, String) {
        guard lesson != nil else { return ("", noLesson) }
        save()
        do {
            _ = try open(Guide.playground, announce: false)
            return ("You left the lesson; your progress is kept. You are in the free practice area.\n", "")
        } catch {
            return ("", "lab: \(error)\n")
        }
    }

    func check() -> (String, String) {
        guard let step = currentStep else { return ("", noLesson) }
        if progress.step(step.id).completed { return ("This step is already complete.\n", "") }
        if step.kind == .quiz { return ("This is a quiz: answer it with /answer.\n", "") }
        let outcome = evaluate(step, answer: nil)
        if outcome.passed {
            let text = complete(step)
            save()
            return (text, "")
        }
        return ("Not yet: \(outcome.message ?? "the step's check does not pass yet.")\n", "")
    }

    func hint() -> (String, String) {
        guard let step = currentStep else { return ("", noLesson) }
        guard !step.hints.isEmpty else { return ("This step has no hints.\n", "") }
        let used = progress.step(step.id).hintsUsed
        guard used < step.hints.count else {
            return ("That was the last hint (\(step.hints.count) of \(step.hints.count)). /solution yes shows the solution.\n", "")
        }
        progress.update(step.id) { $0.hintsUsed += 1 }
        progress.transcript.append(TranscriptEntry(kind: .hint, step: step.id, text: "", time: session.cloud.clock.now))
        save()
        return ("Hint \(used + 1) of \(step.hints.count): " + step.hints[used].trimmingCharacters(in: .whitespacesAndNewlines) + "\n", "")
    }

    func solution(_ args: [String]) -> (String, String) {
        guard let step = currentStep else { return ("", noLesson) }
        guard args.first == "yes" else {
            return ("Seeing the solution is recorded in your transcript. Type /solution yes to see it.\n", "")
        }
        let text: String
        if let solution = step.solution {
            text = Self.asTyped(solution.text.trimmingCharacters(in: .whitespacesAndNewlines))
        } else if let quiz = step.quiz {
            text = "/answer " + quiz.answer.joined(separator: " ")
        } else {
            return ("This step has no solution to show.\n", "")
        }
        progress.update(step.id) { $0.solutionRevealed = true }
        progress.transcript.append(TranscriptEntry(kind: .solution, step: step.id, text: "", time: session.cloud.clock.now))
        save()
        return ("Solution:\n" + text.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n") + "\n", "")
    }

    /// A solution as the learner types it in the lab: the script directives `#@ fault` and
    /// `#@ sleep` become the verbs `/fault` and `/wait` (a comment would do nothing).
    static func asTyped(_ solution: String) -> String {
        solution.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            for (directive, verb) in [("#@ fault ", "/fault "), ("#@ sleep ", "/wait ")] where trimmed.hasPrefix(directive) {
                return verb + trimmed.dropFirst(directive.count)
            }
            return String(line)
        }.joined(separator: "\n")
    }

    func move(by delta: Int) -> (String, String) {
        guard let lesson else { return ("", noLesson) }
        let target = progress.currentStep + delta
        guard lesson.steps.indices.contains(target) else {
            return (delta > 0 ? "This is the last step.\n" : "This is the first step.\n", "")
        }
        enterStep(target)
        save()
        return (describeCurrentStep(), "")
    }

    func reset(_ args: [String]) -> (String, String) {
        guard let lesson, let step = currentStep else { return ("", noLesson) }
        let what = args.first ?? "step"
        guard args.count >= 2, args[1] == "yes" else {
            return ("This cannot be undone. Type /reset \(what) yes to go ahead.\n", "")
        }
        switch what {
        case "step":
            progress.steps[step.id] = nil
            enterStep(progress.currentStep)
            save()
            return ("Step reset.\n" + describeCurrentStep(), "")
        case "lesson":
            do {
                try store?.reset(lesson.id)
                let fs = session.fileSystem
                for name in (try? fs.list("/")) ?? [] { try? fs.remove("/" + name, recursive: true) }
                progress = LessonProgress(lessonId: lesson.id)
                return ("Lesson reset: a fresh cloud and workspace.\n" + (try open(lesson.id, announce: true)), "")
            } catch {
                return ("", "lab: could not reset: \(error)\n")
            }
        default:
            return ("", "lab: /reset takes step or lesson.\n")
        }
    }

    func status() -> String {
        guard let lesson, let step = currentStep else { return "You are in the free practice area. /lessons lists the lessons.\n" }
        let done = lesson.steps.filter { progress.step($0.id).completed }.count
        let hints = lesson.steps.reduce(0) { $0 + progress.step($1.id).hintsUsed }
        let solutions = lesson.steps.filter { progress.step($0.id).solutionRevealed }.count
        return """
            Lesson \(lesson.id): \(lesson.title)
            Step \(progress.currentStep + 1) of \(lesson.steps.count): \(step.title)\(progress.step(step.id).completed ? " (done)" : "")
            Completed \(done) of \(lesson.steps.count) steps, \(score) of \(lesson.totalPoints) points; \(hints) hints used, \(solutions) solutions shown.

            """
    }

    func answer(_ text: String) -> (String, String) {
        guard let step = currentStep else { return ("", noLesson) }
        guard step.kind == .quiz else { return ("", "lab: this step is not a quiz; do it with commands.\n") }
        guard !text.isEmpty else { return ("", "lab: /answer needs your answer, e.g. /answer b\n") }
        progress.transcript.append(TranscriptEntry(kind: .answer, step: step.id, text: text, time: session.cloud.clock.now))
        progress.update(step.id) { $0.answer = text }
        if progress.step(step.id).completed {
            save()
            return ("This quiz is already answered.\n", "")
        }
        let outcome = evaluate(step, answer: text)
        if outcome.passed {
            let out = "Right. " + complete(step)
            save()
            return (out, "")
        }
        save()
        return ("Not right: \(outcome.message ?? "try again.")\n", "")
    }

    func transcript(_ args: [String]) -> (String, String) {
        guard let lesson else { return ("", noLesson) }
        guard let path = args.first else { return ("", "lab: /transcript needs a file name, e.g. /transcript my-work.sh\n") }
        let text = TranscriptScript.export(lessonId: lesson.id, entries: progress.transcript)
        do {
            try session.fileSystem.write(path, Data(text.utf8))
            return ("Transcript written to \(path) (\(progress.transcript.filter { $0.kind == .command }.count) commands).\n", "")
        } catch {
            return ("", "lab: \(error)\n")
        }
    }

    func wait(_ args: [String]) -> (String, String) {
        guard let text = args.first, let seconds = Double(text), seconds >= 0 else {
            return ("", "lab: /wait takes a number of seconds, e.g. /wait 31\n")
        }
        session.cloud.advance(by: seconds)
        recordWait(seconds)
        save()
        return ("The lab's clock moved \(text) seconds forward.\n", "")
    }

    func fault(_ args: [String]) -> (String, String) {
        do {
            let fault = try LabFault(words: args)
            let said = try fault.inject(into: session)
            record(.fault, text: fault.words.joined(separator: " "))
            save()
            return (said, "")
        } catch {
            return ("", "lab: /fault: \(error)\n")
        }
    }
}
