/// One answer a quiz offers: its key (`a`) and its text.
public struct QuizChoice: Sendable, Equatable {
    public var key: String
    public var text: String

    public init(key: String, text: String) {
        self.key = key
        self.text = text
    }
}
