/// What completes a step: a check of the cloud, the last command, a workspace file, the
/// step's command history or a quiz answer, or `all`/`any`/`not` around other checks.
///
/// Every kind carries an optional `message`: the one sentence the learner sees while the
/// check fails. Checks only read; see `CheckEvaluator`.
public indirect enum Check: Sendable, Equatable {
    case all([Check], message: String?)
    case any([Check], message: String?)
    case not(Check, message: String?)
    case cloud(CloudCheck)
    case lastCommand(LastCommandCheck)
    case file(FileCheck)
    /// Some command run in the step matches the regular expression.
    case history(pattern: String, message: String?)
    /// The quiz was answered correctly (implied by quiz steps).
    case answer(Quiz, message: String?)

    /// The check's own message, if the author gave one.
    public var message: String? {
        switch self {
        case .all(_, let message), .any(_, let message), .not(_, let message),
             .history(_, let message), .answer(_, let message):
            return message
        case .cloud(let check): return check.message
        case .lastCommand(let check): return check.message
        case .file(let check): return check.message
        }
    }

    /// The check and every check inside it, depth first.
    public var allChecks: [Check] {
        switch self {
        case .all(let parts, _), .any(let parts, _): return [self] + parts.flatMap(\.allChecks)
        case .not(let inner, _): return [self] + inner.allChecks
        default: return [self]
        }
    }
}
