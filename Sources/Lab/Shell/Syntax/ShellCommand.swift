/// A simple command: prefix assignments, words (the first names the command) and
/// redirections in the order they were typed.
struct ShellCommand: Equatable {
    var assignments: [ShellAssignment] = []
    var words: [ShellWord] = []
    var redirections: [ShellRedirection] = []

    var isEmpty: Bool { assignments.isEmpty && words.isEmpty && redirections.isEmpty }
}
