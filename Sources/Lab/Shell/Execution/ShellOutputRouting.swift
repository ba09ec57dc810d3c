/// Where a command's standard output (descriptor 1) and standard error (descriptor 2) go
/// once its redirections are applied.
struct ShellOutputRouting {
    enum Target: Equatable {
        /// The pipeline's output (the next command, or the line's result).
        case output
        /// The line's standard error.
        case error
        /// Appended to a file (already created or truncated).
        case file(String)
    }

    var output: Target = .output
    var error: Target = .error

    subscript(descriptor: Int) -> Target {
        get { descriptor == 2 ? error : output }
        set {
            if descriptor == 2 { error = newValue } else { output = newValue }
        }
    }
}
