/// A redirection and its target word (none for `2>&1`).
struct ShellRedirection: Equatable {
    var operation: ShellRedirectionOperator
    var target: ShellWord?
}
