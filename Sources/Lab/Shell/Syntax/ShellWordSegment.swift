/// One piece of a word: literal text, a parameter (`$VAR`, `${VAR:-x}`, `$?`) or a command
/// substitution (`$(...)`). `quoted` pieces are neither split into fields nor globbed.
indirect enum ShellWordSegment: Equatable {
    case literal(String, quoted: Bool)
    case parameter(ShellParameter, quoted: Bool)
    case substitution(ShellScript, quoted: Bool)
}
