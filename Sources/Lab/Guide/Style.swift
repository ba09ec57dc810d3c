/// Terminal styling: colour only on a terminal and never when NO_COLOR is set. Meaning is
/// always carried by words too ("Step complete"), never by colour alone.
public struct Style: Sendable {
    public var enabled: Bool

    public init(enabled: Bool) { self.enabled = enabled }

    public static let plain = Style(enabled: false)

    private func wrap(_ code: String, _ text: String) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    public func bold(_ s: String) -> String { wrap("1", s) }
    public func success(_ s: String) -> String { wrap("32", s) }
    public func warning(_ s: String) -> String { wrap("33", s) }
    public func dim(_ s: String) -> String { wrap("2", s) }
}
