/// A redirection operator with the file descriptor it applies to: `>` `>>` `<` `2>` `2>>`,
/// `2>&1` / `>&2` (duplication, no target word) and `&>` / `&>>` (both outputs).
struct ShellRedirectionOperator: Equatable {
    enum Kind: Equatable {
        case input
        case output(append: Bool)
        case duplicate(Int)
        case outputAndError(append: Bool)
    }

    var descriptor: Int
    var kind: Kind

    /// Whether a target word must follow.
    var takesTarget: Bool {
        if case .duplicate = kind { return false }
        return true
    }

    /// The operator as typed, for syntax messages.
    var text: String {
        let prefix = descriptor == (kind == .input ? 0 : 1) ? "" : String(descriptor)
        switch kind {
        case .input: return prefix + "<"
        case .output(let append): return prefix + (append ? ">>" : ">")
        case .duplicate(let target): return prefix + ">&\(target)"
        case .outputAndError(let append): return append ? "&>>" : "&>"
        }
    }
}
