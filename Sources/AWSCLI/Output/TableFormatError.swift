/// A response the table format cannot lay out (rows of different lengths in one section):
/// the CLI fails with this message on stderr and exit code 255.
public struct TableFormatError: Error, Sendable, Equatable {
    /// The text the CLI prints, e.g. `Row should have 2 elements, instead it has 1`.
    public let message: String

    public init(message: String) {
        self.message = message
    }
}
