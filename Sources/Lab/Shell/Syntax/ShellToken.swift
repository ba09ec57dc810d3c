/// A token of a command line.
enum ShellToken: Equatable {
    case word(ShellWord)
    case pipe
    case redirection(ShellRedirectionOperator)
    case newline
}
