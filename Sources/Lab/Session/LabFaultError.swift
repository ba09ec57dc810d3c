/// Why a lab fault could not be read or injected; the description is one sentence for
/// the learner.
public struct LabFaultError: Error, Sendable, Equatable, CustomStringConvertible {
    public var description: String

    public init(_ description: String) { self.description = description }
}
