/// What a check may look at: the learner's session (cloud, workspace, configuration), their
/// last command, the commands they ran during the current step, and their quiz answer.
public struct CheckContext {
    public var session: LabSession
    /// The most recent command, with its exit status and output; nil before any command.
    public var lastCommand: ScriptRecord?
    /// The command lines run since the current step started, oldest first.
    public var stepCommands: [String]
    /// The learner's `/answer` text for a quiz step.
    public var quizAnswer: String?

    public init(session: LabSession, lastCommand: ScriptRecord? = nil, stepCommands: [String] = [],
                quizAnswer: String? = nil) {
        self.session = session
        self.lastCommand = lastCommand
        self.stepCommands = stepCommands
        self.quizAnswer = quizAnswer
    }
}
