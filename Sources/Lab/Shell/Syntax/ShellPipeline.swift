/// Commands joined by `|`; each one's output is the next one's input.
struct ShellPipeline: Equatable {
    var commands: [ShellCommand]
}
