/// A piece of a lesson's Markdown body as the scanner finds it.
enum MarkdownItem: Equatable {
    /// A line of ordinary text.
    case text(String, line: Int)
    /// An ATX heading (`## Step: ...`) outside any fenced block.
    case heading(level: Int, text: String, line: Int)
    case block(FencedBlock)
}
