/// `NAME=value` (or `NAME+=value`).
struct ShellAssignment: Equatable {
    var name: String
    var value: ShellWord
    var append: Bool = false
}
