import AWSCLI
import Engine
import Foundation

/// The lab's interactive loop: reads command lines, runs them in the learner's current
/// session, prints what they print and what the guide says. `\` or an open quote continues
/// a line; `help`, `exit` and the `/` verbs are the lab's own words; Ctrl-C cancels the line
/// being typed; Ctrl-D leaves.
public final class REPL {
    public let guide: Guide
    private let reader: any LineReader
    private let write: (Data, Bool) -> Void
    private let wallClock: () -> Double
    /// Virtual time minus wall time for the current session's cloud: the clock follows wall
    /// time, and `sleep` (or a long poll) adds to this.
    private var offset: Double
    private var offsetCloud: ObjectIdentifier
    /// Called after every command (the lab saves the learner's configuration there).
    public var afterCommand: (() -> Void)?

    public static let continuationPrompt = "> "

    /// - Parameters:
    ///   - write: prints text; the flag is true for standard error.
    ///   - wallClock: seconds since the epoch, read by the executable.
    public init(guide: Guide, reader: any LineReader, wallClock: @escaping () -> Double,
                write: @escaping (Data, Bool) -> Void) {
        self.guide = guide
        self.reader = reader
        self.wallClock = wallClock
        self.write = write
        offset = guide.session.cloud.clock.now - wallClock()
        offsetCloud = ObjectIdentifier(guide.session.cloud)
    }

    public static let banner = """
        lab: a terminal teaching lab for AWS. Your commands run against a simulated AWS account
        (123456789012); nothing leaves this machine. Type 'help' for help, /lessons for the
        lessons, 'exit' to leave.

        """

    public static let helpText = """
        Type AWS CLI commands as you would in a terminal, for example:
          aws sts get-caller-identity
          aws configure list
          aws s3 mb s3://my-first-bucket-12345
        Around them you can use a small shell: echo, cat, ls, mkdir, rm, cd, pwd, head, tail,
        wc, tr, grep, sort, base64, sleep (on the lab's clock), variables ($X, X=$(...)),
        pipes (|) and redirections (> >> <), all inside your workspace folder.

          help    this text
          exit    leave the lab (Ctrl-D works too); your progress is saved as you go
        Ctrl-C cancels the line you are typing; a line ending in \\ continues on the next.

        """ + Guide.verbHelp

    private func say(_ text: String, error: Bool = false) {
        if !text.isEmpty { write(Data(text.utf8), error) }
    }

    /// Runs until `exit` or end of input; returns the exit code of the lab.
    public func run() -> Int32 {
        say(Self.banner)
        for notice in guide.notices { say(notice + "\n", error: true) }
        if guide.lesson != nil {
            say(guide.verb("/step").0)
        }
        while true {
            var interrupted = false
            guard var text = reader.readLine(prompt: guide.prompt, interrupted: &interrupted) else {
                say("\n")
                break
            }
            if interrupted { continue }
            while Shell.isIncomplete(text) {
                guard let more = reader.readLine(prompt: Self.continuationPrompt, interrupted: &interrupted) else { break }
                if interrupted { text = ""; break }
                text += "\n" + more
            }
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty { continue }
            reader.remember(text)
            if trimmed == "exit" || trimmed == "quit" || trimmed == "logout" { break }
            if trimmed == "help" || trimmed == "?" {
                say(Self.helpText)
                continue
            }
            if Guide.isVerb(trimmed) {
                let (out, err) = guide.verb(trimmed)
                followVerbClock()
                say(out)
                say(err, error: true)
                continue
            }
            execute(text)
        }
        reader.close()
        return 0
    }

    /// A verb that moved the clock forward (`/wait`) moves the offset with it, so that the
    /// clock keeps following wall time from there instead of standing still.
    private func followVerbClock() {
        let cloud = guide.session.cloud
        guard ObjectIdentifier(cloud) == offsetCloud else { return }
        let ahead = cloud.clock.now - (wallClock() + offset)
        if ahead > 0 { offset += ahead }
    }

    /// Runs one command line with the clock brought up to wall time first.
    public func execute(_ text: String) {
        let session = guide.session
        let cloud = session.cloud
        if ObjectIdentifier(cloud) != offsetCloud {
            offset = cloud.clock.now - wallClock()
            offsetCloud = ObjectIdentifier(cloud)
        }
        let idleFrom = cloud.clock.now
        cloud.advance(to: wallClock() + offset)
        // A replay adds a little time after each command itself: record only the rest.
        guide.clockMoved(by: cloud.clock.now - idleFrom - ScriptRunner.timePerCommand)
        let before = cloud.clock.now
        let result = session.run(text)
        let slept = cloud.clock.now - before
        if slept > 0 { offset += slept }
        if !result.stdout.isEmpty { write(result.stdout, false) }
        if !result.stderr.isEmpty { write(result.stderr, true) }
        let record = ScriptRecord(line: 0, command: text, exitCode: result.exitCode,
                                  stdout: String(decoding: result.stdout, as: UTF8.self),
                                  stderr: String(decoding: result.stderr, as: UTF8.self))
        say(guide.afterCommand(record))
        afterCommand?()
    }
}
