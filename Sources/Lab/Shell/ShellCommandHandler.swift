/// A command the shell can run (a builtin, or `aws` registered by the lab). It receives the
/// arguments AFTER the command name, already expanded (quotes removed, variables and
/// `$(...)` substituted, globs matched), reads `io.stdin`, appends to `io.stdout` and
/// `io.stderr`, and returns the exit status.
public typealias ShellCommandHandler = (_ args: [String], _ io: inout ShellIO, _ shell: Shell) -> Int32
