import Engine
import Foundation

/// `lab run`: runs a script's command lines one after another in one session, as bash
/// would run them against real AWS.
public struct ScriptRunner {
    /// Virtual time that passes with each command, so files written and objects uploaded
    /// by successive commands get increasing times.
    public static let timePerCommand: Double = 0.01

    public let session: LabSession

    public init(session: LabSession) { self.session = session }

    /// Runs every command; `each` sees each record as soon as it is made.
    @discardableResult
    public func run(_ script: String, each: (ScriptRecord) -> Void = { _ in }) -> [ScriptRecord] {
        var records: [ScriptRecord] = []
        for line in ScriptSplitter.split(script) {
            let record = session.run(scriptLine: line)
            records.append(record)
            each(record)
        }
        return records
    }
}
