import AWSCLI
import Foundation

extension ShellExecution {
    /// Expands words into fields: parameters and `$(...)`, then splitting of unquoted
    /// results, then globbing (a pattern that matches nothing stays as typed). In a
    /// declaration (`export`), words shaped like `NAME=value` are not split or globbed.
    mutating func expandFields(_ words: [ShellWord], declaration: Bool) -> [String] {
        var result: [String] = []
        for (position, word) in words.enumerated() {
            if declaration && position > 0 && ShellParser.assignment(word) != nil {
                result.append(expandString(word))
                continue
            }
            var builder = ShellFieldBuilder()
            append(expandingTilde(word.segments), forceQuoted: false, to: &builder)
            builder.finishField()
            for field in builder.fields {
                if field.isPattern {
                    let matches = ShellGlob.expand(field.pattern, in: shell.fileSystem)
                    result.append(contentsOf: matches.isEmpty ? [field.text] : matches)
                } else {
                    result.append(field.text)
                }
            }
        }
        return result
    }

    /// Expands a word into one string with no splitting or globbing (assignment values).
    mutating func expandString(_ word: ShellWord) -> String {
        var builder = ShellFieldBuilder()
        append(word.segments, forceQuoted: true, to: &builder)
        builder.finishField()
        return builder.fields.first?.text ?? ""
    }

    /// A leading unquoted `~` or `~/...` becomes `$HOME`, or the workspace root (the lab's
    /// home) when `HOME` is unset.
    private func expandingTilde(_ segments: [ShellWordSegment]) -> [ShellWordSegment] {
        guard case .literal(let text, quoted: false)? = segments.first,
              text == "~" || text.hasPrefix("~/") else { return segments }
        let home = shell.variables["HOME"] ?? shell.rootPath
        return [.literal(home, quoted: true), .literal(String(text.dropFirst()), quoted: false)] + segments.dropFirst()
    }

    private mutating func append(_ segments: [ShellWordSegment], forceQuoted: Bool,
                                 to builder: inout ShellFieldBuilder) {
        for segment in segments {
            switch segment {
            case .literal(let text, let quoted):
                if quoted || forceQuoted { builder.appendQuoted(text) } else { builder.appendUnquoted(text) }
            case .parameter(let parameter, let quoted):
                let value = self.value(of: parameter)
                let useFallback = value == nil || (parameter.fallbackWhenEmpty && value?.isEmpty == true)
                if useFallback, let fallback = parameter.fallback {
                    append(fallback.segments, forceQuoted: quoted || forceQuoted, to: &builder)
                } else if quoted || forceQuoted {
                    builder.appendQuoted(value ?? "")
                } else {
                    builder.appendSplitting(value ?? "")
                }
            case .substitution(let script, let quoted):
                let output = substitute(script)
                if quoted || forceQuoted { builder.appendQuoted(output) } else { builder.appendSplitting(output) }
            }
        }
    }

    private func value(of parameter: ShellParameter) -> String? {
        switch parameter.name {
        case "?": return String(shell.lastExitCode)
        case "#": return "0"
        case "@", "*": return ""
        case "0": return "bash"
        default:
            if let first = parameter.name.first, first.isNumber { return nil }
            return shell.variables[parameter.name]
        }
    }

    /// Runs `$(...)` in a subshell (its variables and `cd` do not stick) with empty input;
    /// returns its output without trailing newlines. Its standard error joins the line's.
    private mutating func substitute(_ script: ShellScript) -> String {
        let saved = saveState()
        let savedStatus = shell.lastExitCode
        var inner = ShellExecution(shell: shell)
        var output = Data()
        var status: Int32 = 0
        for pipeline in script.pipelines {
            let (data, code) = inner.run(pipeline, stdin: Data())
            output.append(data)
            status = code
            shell.lastExitCode = code
        }
        restoreState(saved)
        shell.lastExitCode = savedStatus
        stderr.append(inner.stderr)
        substitutionStatus = status
        while output.last == 0x0A { output.removeLast() }
        return String(decoding: output, as: UTF8.self)
    }
}
