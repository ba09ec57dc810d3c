import Foundation

/// `grep [-EFivcqnwxlohHs] [-e PATTERN]... PATTERN [FILE]...`: prints lines matching a
/// basic (default) or extended (`-E`) regular expression. Exit status 0 when a line was
/// selected, 1 when none, 2 on an error (GNU's rule, `-q` with a match wins).
enum GrepCommand {
    static let spec = BuiltinOptionSpec(
        command: "grep", flags: "EFGivcqnwxlohHs", valued: "e",
        long: ["extended-regexp": .flag("E"), "fixed-strings": .flag("F"), "basic-regexp": .flag("G"),
               "ignore-case": .flag("i"), "invert-match": .flag("v"), "count": .flag("c"), "quiet": .flag("q"),
               "silent": .flag("q"), "line-number": .flag("n"), "word-regexp": .flag("w"),
               "line-regexp": .flag("x"), "files-with-matches": .flag("l"), "only-matching": .flag("o"),
               "no-filename": .flag("h"), "with-filename": .flag("H"), "no-messages": .flag("s"),
               "regexp": .value("e")],
        unsupported: "ABCDdfLmPrRTUzZab", usageStatus: 2,
        usage: "Usage: grep [-EFivcqnwxlohHs] [-e PATTERN]... PATTERN [FILE]...")

    static func run(_ arguments: [String], _ io: inout ShellIO, _ shell: Shell) -> Int32 {
        var status: Int32 = 0
        guard let options = BuiltinOptions.parse(arguments, spec, io: &io, status: &status) else { return status }
        var operands = options.operands
        var patterns = options.given.filter { $0.option == "e" }.compactMap(\.value)
        if patterns.isEmpty {
            guard !operands.isEmpty else {
                io.error("Usage: grep [OPTION]... PATTERNS [FILE]...")
                io.error("Try 'grep --help' for more information.")
                return 2
            }
            patterns = [operands.removeFirst()]
        }
        let lines = patterns.flatMap { $0.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
        var patternOptions = GrepPattern.Options()
        patternOptions.extended = options.has("E")
        patternOptions.fixed = options.has("F")
        patternOptions.ignoreCase = options.has("i")
        patternOptions.word = options.has("w")
        patternOptions.line = options.has("x")
        let regex: NSRegularExpression
        do {
            regex = try GrepPattern.regex(lines, patternOptions)
        } catch {
            io.error("grep: invalid regular expression")
            return 2
        }
        let inputs = operands.isEmpty ? ["-"] : operands
        let showNames = options.has("H") || (inputs.count > 1 && !options.has("h"))
        var selectedAny = false
        var failed = false
        for input in inputs {
            let data: Data
            do {
                data = try BuiltinFiles.read(input, io: io, shell: shell)
            } catch {
                if !options.has("s") {
                    io.error("grep: \(BuiltinFiles.quoteIfNeeded(input)): \(BuiltinFiles.reason(error))")
                }
                failed = true
                continue
            }
            let name = input == "-" ? "(standard input)" : input
            let selected = search(data, regex: regex, options: options, prefix: showNames ? name + ":" : "", io: &io)
            if selected > 0 {
                selectedAny = true
                if options.has("q") { return 0 }
            }
            if options.has("l") && selected > 0 { io.write(name + "\n") }
            if options.has("c") && !options.has("l") && !options.has("q") {
                io.write((showNames ? name + ":" : "") + "\(selected)\n")
            }
        }
        if failed && !(options.has("q") && selectedAny) { return 2 }
        return selectedAny ? 0 : 1
    }

    /// Prints the selected lines of one input (unless counting or listing); returns how many.
    private static func search(_ data: Data, regex: NSRegularExpression, options: BuiltinOptions, prefix: String,
                               io: inout ShellIO) -> Int {
        let invert = options.has("v")
        let quietOutput = options.has("q") || options.has("c") || options.has("l")
        var selected = 0
        for (number, line) in BuiltinText.lines(data).enumerated() {
            let text = String(decoding: line, as: UTF8.self)
            let range = NSRange(text.startIndex..., in: text)
            let matches = regex.matches(in: text, range: range)
            guard matches.isEmpty == invert else { continue }
            selected += 1
            if options.has("q") { return selected }
            if quietOutput { continue }
            let label = prefix + (options.has("n") ? "\(number + 1):" : "")
            if options.has("o") && !invert {
                for match in matches where match.range.length > 0 {
                    guard let matchRange = Range(match.range, in: text) else { continue }
                    io.write(label + text[matchRange] + "\n")
                }
            } else {
                io.write(label + text + "\n")
            }
        }
        return selected
    }
}
