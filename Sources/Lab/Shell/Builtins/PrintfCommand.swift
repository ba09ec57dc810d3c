import Foundation

/// `printf FORMAT [ARGUMENT]...` as bash's builtin: `%s %b %c %d %i %u %o %x %X %e %f %g %%`
/// with flags, width and precision (`*` too); backslash escapes in the format; the format
/// is reused while arguments remain.
enum PrintfCommand {
    static func run(_ arguments: [String], _ io: inout ShellIO, _ shell: Shell) -> Int32 {
        var arguments = arguments
        let optionsEnded = arguments.first == "--"
        if optionsEnded { arguments.removeFirst() }
        guard let format = arguments.first else {
            io.error("printf: usage: printf [-v var] format [arguments]")
            return 2
        }
        if !optionsEnded && format.hasPrefix("-") && format.count > 1 {
            io.error("lab: 'printf \(format)' is not available in the lab")
            return 2
        }
        var state = PrintfState(arguments: Array(arguments.dropFirst()))
        repeat {
            let consumedBefore = state.next
            if state.render(format, into: &io.stdout) { break }
            if state.next == consumedBefore { break }
        } while state.next < state.arguments.count
        for problem in state.problems { io.error("bash: printf: \(problem)") }
        return state.problems.isEmpty ? 0 : 1
    }
}
